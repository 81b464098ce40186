import * as assert from 'node:assert/strict';
import { parseConfig } from '../../common/src/config';
import { sanitizeSettings } from '../../common/src/settings';
import { analyze, RULES } from '../../server/src/engine';

const ids = RULES.map((r) => r.id);

describe('.osdlintrc.json', () => {
  it('reads rules, criteria, suppressions and maxFileSize, with comments and trailing commas', () => {
    const { config, problems } = parseConfig('{\n // team choices\n "rules": {"click-wrap": "off"},\n "criteria": {"7": "information"},\n "suppressions": [{"rule": "no-sale", "clause": "may not be sold"}],\n "maxFileSize": 1000,\n}', ids);
    assert.deepEqual(problems, []);
    assert.deepEqual(config, { rules: { 'click-wrap': 'off' }, criteria: { '7': 'information' }, suppressions: [{ rule: 'no-sale', clause: 'may not be sold' }], maxFileSize: 1000 });
  });

  it('reports broken JSON with a position and falls back to defaults', () => {
    const text = '{ "rules": { "click-wrap": "off" ';
    const { config, problems } = parseConfig(text, ids);
    assert.deepEqual(config.rules, {});
    assert.ok(problems.some((p) => /not valid JSON/.test(p.message)));
    assert.ok(problems.some((p) => p.offset > 0 && p.offset <= text.length));
  });

  it('keeps the good parts and names the bad ones', () => {
    const text = '{"rules": {"no-such-rule": "off", "click-wrap": "loud", "no-sale": "warning"}, "criteria": {"11": "off"}, "colour": 1}';
    const { config, problems } = parseConfig(text, ids);
    assert.deepEqual(config.rules, { 'no-sale': 'warning' });
    const messages = problems.map((p) => p.message).join('\n');
    assert.match(messages, /Unknown rule "no-such-rule"/);
    assert.match(messages, /"click-wrap": use one of/);
    assert.match(messages, /not "11"/);
    assert.match(messages, /Unknown key "colour"/);
    for (const p of problems) assert.ok(text.slice(p.offset, p.offset + p.length).startsWith('"'));
  });
});

describe('settings', () => {
  it('sanitises broken values to defaults and says why', () => {
    const { settings, problems } = sanitizeSettings({ enable: 'yes', rules: { 'no-sale': 'loud', 'click-wrap': 'off' }, criteria: [], maxFileSize: -1 });
    assert.equal(settings.enable, true);
    assert.deepEqual(settings.rules, { 'click-wrap': 'off' });
    assert.deepEqual(settings.criteria, {});
    assert.equal(settings.maxFileSize, 5_000_000);
    assert.equal(problems.length, 4);
  });
});

describe('suppressions', () => {
  const text = 'You may not sell the Software.\n\n<!-- osd-lint-disable-next-line field-of-use -->\nThe Software shall not be used for military purposes.\n\nThe Software shall not be used for nuclear power.\n';

  it('honours a Markdown disable-next-line comment for that rule and line only', () => {
    const rules = analyze(text).findings.map((f) => `${f.ruleId}:${f.matched.slice(0, 20)}`);
    assert.ok(rules.some((r) => r.startsWith('no-sale')));
    assert.ok(!rules.some((r) => r.includes('military')), 'military line suppressed');
    assert.ok(rules.some((r) => r.startsWith('field-of-use') && !r.includes('military')), 'nuclear line still flagged');
  });

  it('honours disable/enable blocks', () => {
    const t = '<!-- osd-lint-disable -->\nYou may not sell the Software.\n<!-- osd-lint-enable -->\nYou may not sell the Program.\n';
    assert.equal(analyze(t).findings.filter((f) => f.ruleId === 'no-sale').length, 1);
  });

  it('honours config suppressions by rule and clause words, ignoring white space and case', () => {
    const findings = analyze(text, { suppressions: [{ rule: 'no-sale', clause: 'you may NOT   sell' }] }).findings;
    assert.ok(!findings.some((f) => f.ruleId === 'no-sale'));
    assert.ok(findings.some((f) => f.ruleId === 'field-of-use'));
  });
});
