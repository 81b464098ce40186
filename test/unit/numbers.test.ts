import * as assert from 'node:assert/strict';
import { quantities } from '../../server/src/engine/numbers';

describe('quantities', () => {
  const cases: Array<[string, number]> = [
    ['more than 700 million monthly active users', 700_000_000],
    ['greater than 700,000,000 users', 700_000_000],
    ['more than seven hundred million users', 700_000_000],
    ['over 1M monthly active users', 1_000_000],
    ['revenue above USD 10 million', 10_000_000],
    ['fewer than one hundred employees', 100],
    ['at least 2.5bn in turnover', 2_500_000_000],
    ['ten thousand seats', 10_000],
  ];
  for (const [text, value] of cases) {
    it(`reads ${value} in "${text}"`, () => assert.ok(quantities(text).includes(value), JSON.stringify(quantities(text))));
  }
  it('finds nothing where there is no number', () => assert.deepEqual(quantities('any number of users'), []));
});
