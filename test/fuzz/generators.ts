import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { restrictedIndex, restrictedText, spdxIndex, spdxText } from '../corpus/corpus';
import { splitSentences } from '../../server/src/engine/sentences';
import { ATTACKS, attack } from './attacks';

/** Sentences from the corpus and the examples: material for realistic random licences. */
export function corpusSentences(): string[] {
  const texts = [
    ...restrictedIndex().map(restrictedText),
    ...spdxIndex().filter((e) => e.isOsiApproved).slice(0, 40).map((e) => spdxText(e.id)),
    fs.readFileSync(path.resolve(__dirname, '../../examples/acme-model.license'), 'utf8'),
  ];
  const out: string[] = [];
  for (const t of texts) for (const s of splitSentences(t, 0, t.length)) out.push(t.slice(s.start, s.end));
  return out;
}

const SEPARATORS = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n', ' ', '\n  ', '\n\t', '\n1. ', '\n(a) ', '\n- ', '\n# ', '\n    ii. ', '\n3.1.4. ', ':\n\n', '; and\n', '\u2028', '\u0000'];

/** A licence-like text: corpus sentences joined by line breaks, list markers and headings. */
export function licenceText(sentences: readonly string[]): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(fc.constantFrom(...sentences), fc.constantFrom(...SEPARATORS)), { minLength: 0, maxLength: 25, size: 'max' })
    .map((parts) => parts.map(([s, sep]) => sep + s).join(''));
}

/** Any string at all: lone surrogates, NULs, control characters, astral characters. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 600, size: 'max' }),
  fc.string({ unit: 'grapheme', maxLength: 400, size: 'max' }),
  fc.string({ unit: fc.constantFrom('\n', '\r', '\r\n', ' ', '\t', '-', '1', '.', '(', 'a', ')', '#', '"', 'not', 'may', ':', '\ud800', '\udc00', '\u0000'), maxLength: 300, size: 'max' }),
);

/** Lists nested `depth` levels deep, in every marker style. */
export function nestedList(depth: number): string {
  const markers = ['1.', '(a)', '-', 'i.', '*', 'A)'];
  let out = 'You agree not to use the Model to:\n';
  for (let d = 0; d < depth; d++) out += `${' '.repeat(d * 2)}${markers[d % markers.length]} military use, level ${d}:\n`;
  return out;
}

/**
 * An attack text: one or two attack-string families (see attacks.ts), pumped to a random size up
 * to `maxSize`, placed inside a licence-like text.
 */
export function attackText(sentences: readonly string[], maxSize: number): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...ATTACKS), fc.constantFrom(...ATTACKS), fc.integer({ min: 1, max: maxSize }), fc.boolean(), licenceText(sentences), fc.nat())
    .map(([a, b, size, mix, around, cut]) => {
      const pumped = mix ? attack(a, size / 2) + attack(b, size / 2) : attack(a, size);
      const at = around.length ? cut % around.length : 0;
      return around.slice(0, at) + pumped + around.slice(at);
    });
}
