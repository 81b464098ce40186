/**
 * Reads Chinese licence text as the English a reviewer would read it, word by word, with a map
 * back to the original offsets: the clause model then finds the same provisions in both languages
 * ("未经许可方书面同意，您不得将本软件用于商业用途" → "without licensor written consent, you may
 * not the software for commercial use"), and its findings point at the Chinese words. Words come
 * from the lexicon (longest match first); quantities are read as numbers (7亿 → 700000000); Han
 * text the lexicon does not know is split into words by the built-in `Intl.Segmenter` and stands
 * as a placeholder word, so that distances between words stay as they were. Latin text (English
 * terms inside a Chinese sentence) is kept as it is. Linear in the length of the text.
 */
import { ZH_LEXICON } from './lexicon';
import { chineseQuantity, isNumeralChar } from './numbers';
import { isHan } from './han';

export { hasHan } from './han';

/** Full-width punctuation and its ASCII reading (with the space English puts after it). */
const PUNCTUATION: Readonly<Record<string, string>> = {
  '，': ', ', '、': ', ', '。': '. ', '；': '; ', '：': ': ', '！': '! ', '？': '? ', '（': ' (', '）': ') ', '【': ' [', '】': '] ',
  '“': ' "', '”': '" ', '‘': " '", '’': "' ", '《': ' "', '》': '" ', '「': ' "', '」': '" ', '『': ' "', '』': '" ', '〔': ' (', '〕': ') ',
  '…': ' ', '—': ' - ', '～': '-', '·': ' ', '　': ' ',
};

/** Entries by first character, longest first. */
const BY_FIRST: ReadonlyMap<string, ReadonlyArray<readonly [string, string]>> = (() => {
  const map = new Map<string, Array<readonly [string, string]>>();
  for (const entry of ZH_LEXICON) {
    const list = map.get(entry[0][0]);
    if (list) list.push(entry);
    else map.set(entry[0][0], [entry]);
  }
  for (const list of map.values()) list.sort((a, b) => b[0].length - a[0].length);
  return map;
})();

/** The longest lexicon entry at `i`, or undefined. */
function entryAt(text: string, i: number): readonly [string, string] | undefined {
  for (const entry of BY_FIRST.get(text[i]) ?? []) if (text.startsWith(entry[0], i)) return entry;
  return undefined;
}

/** The length of the quantity written at `i` ("7亿", "两千万", "2,000万"), or 0. */
function quantityAt(text: string, i: number): { length: number; value: number } | undefined {
  let j = i;
  while (j < text.length && isNumeralChar(text[j])) j++;
  // Trailing separators belong to the sentence, not to the number.
  while (j > i && /[.,\uff0c]/.test(text[j - 1])) j--;
  if (j - i < 1) return undefined;
  const run = text.slice(i, j);
  // A year written digit by digit ("二〇一九年"): positional, no units.
  if (/^[〇零一二三四五六七八九]{4}$/.test(run)) return { length: 4, value: Number([...run].map((d) => '〇一二三四五六七八九'.indexOf(d === '零' ? '〇' : d)).join('')) };
  // A lone numeral ("一", "十") is a word ("一切", "十分") unless it has a unit or digits with it.
  if (!/[0-9\uff10-\uff19]/.test(run) && !/[十百千万亿拾佰仟萬億两]/.test(run)) return undefined;
  if (run.length === 1 && !/[0-9\uff10-\uff19]/.test(run)) return undefined;
  const value = chineseQuantity(run);
  return value === undefined ? undefined : { length: j - i, value };
}

/** The verb that ends a 将/把 phrase, within the same clause. */
const USE_LATER = /^[^\u3002\uff1b\uff0c]{1,30}?(用于|用作|用来|应用于)/;
/** The verb a 因 … 而 phrase ends in, within the same clause, and its English. */
const BECAUSE_THEN = /^[^\u3002\uff1b\uff0c]{1,50}?而(终止|撤销|解除|收回|拒绝)/;
const ENDING_VERB: Readonly<Record<string, string>> = { 终止: 'terminate', 撤销: 'revoke', 解除: 'terminate', 收回: 'withdraw', 拒绝: 'refuse' };
/** The role a 作为 phrase ends in ("作为 X 的组成部分" → "as part of X"), within the same clause, and its English. */
const AS_ROLE_LATER = /^[^\u3002\uff1b\uff0c]{1,30}?(的?(?:组成部分|一部分|部分|组件|扩展|插件|预装软件|配套软件|附属软件))/;
const ROLE: Readonly<Record<string, string>> = { 组成部分: 'part', 一部分: 'part', 部分: 'part', 组件: 'component', 扩展: 'extension', 插件: 'plug-in', 预装软件: 'preloaded software', 配套软件: 'companion software', 附属软件: 'companion software' };
/** The end of a 在 … 以外 phrase, within the same clause ("在授权领域以外" → "outside the Authorized Field"). */
const OUTSIDE_LATER = /^[^\u3002\uff1b\uff0c]{1,20}?(以外|之外)/;
/** The end of a 以 … 为由 phrase, within the same clause ("以被许可人属于政府机构为由" → "on the ground that the licensee is a government agency"). */
const GROUND_LATER = /^[^\u3002\uff1b\uff0c]{1,30}?(为由)/;
/** The end of a 对 … 施加限制 phrase ("不对被许可人使用本模型的方式施加任何限制" → "not impose any restriction on the way the licensee uses the model"). */
const RESTRICTION_LATER = /^[^\u3002\uff1b\uff0c]{1,30}?((?:施加|作出|作|设置|附加)(?:任何)?限制)/;
/** The end of a 不受 … 约束 phrase, within the same clause ("不受《使用政策》约束" → "is not bound by the Use Policy"). */
const BOUND_LATER = /^[^\u3002\uff1b\uff0c]{1,20}?(的?(?:约束|制约|管辖))/;
/** The end of a 与 … 无关 phrase, within the same clause ("与复制成本无关" → "unrelated to the cost of copying"). */
const UNRELATED_LATER = /^[^\u3002\uff1b\uff0c]{1,20}?(无关)/;
/** A heading's number: "第九条", "第十二章", "第3.2款". */
const HEADING = /^第([0-9.]{1,6}|[〇零一二三四五六七八九十百]{1,5})(?:条|章|款|节|项|部分)/;
/** A proviso that ends in 除外 ("但用于基因编辑的除外" → "except use for gene editing"), up to the end of its sentence. */
const EXCEPT_LATER = /^[^\u3002\uff1b]{1,60}?(的?除外)(?=[\u3002\uff1b]|$)/;
/** The 的权利 a verb of use leads to, within the same clause ("使用许可方商标的权利" → "right to use the licensor's trademark"). */
const RIGHT_LATER = /^[^\u3002\uff1b\uff0c]{1,30}?(的权利|之权利)/;
const RIGHT_VERBS: ReadonlySet<string> = new Set(['使用', '复制', '修改', '分发', '销售', '再分发']);

/**
 * Words that English says where Chinese ends the phrase: at the lead word the reading says them,
 * and the words that end the phrase (group 1 of `later`, looked for within `span` characters after
 * the lead) are not read again where they stand.
 */
interface SaidFirst {
  readonly leads: ReadonlySet<string>;
  readonly later: RegExp;
  readonly span: number;
  readonly english: (lead: string, end: string, said: string) => string;
}
const SAID_FIRST: readonly SaidFirst[] = [
  // "以 X 为由" reads "on the ground that X": the reason is said first.
  { leads: new Set(['以']), later: GROUND_LATER, span: 34, english: () => 'on the ground that' },
  // "对 X 施加限制" reads "impose restrictions on X" (and "不对 X 施加任何限制" "not impose any restriction on X").
  { leads: new Set(['对']), later: RESTRICTION_LATER, span: 34, english: (_lead, end) => (end.includes('任何') ? 'impose any restriction on' : 'impose restrictions on') },
  // "不受 X 约束" reads "is not bound by X".
  { leads: new Set(['不受']), later: BOUND_LATER, span: 24, english: () => 'is not bound by' },
  // "与 X 无关" reads "unrelated to X": how it stands to X comes first.
  { leads: new Set(['与', '同']), later: UNRELATED_LATER, span: 24, english: () => 'unrelated to' },
  // "但 X 的除外" reads "except X": the exception is said where English says it.
  { leads: new Set(['但', '但是']), later: EXCEPT_LATER, span: 64, english: () => 'except' },
  // "使用 X 的权利" reads "right to use X": the right comes first.
  { leads: RIGHT_VERBS, later: RIGHT_LATER, span: 34, english: (lead, _end, said) => (said.endsWith('right to ') ? lead : `right to ${lead}`) },
  // "在 X 以外" reads "outside the X": the word for outside comes first.
  { leads: new Set(['在']), later: OUTSIDE_LATER, span: 23, english: () => 'outside the' },
  // "作为 X 的组成部分" reads "as part of X": the role comes before what it belongs to.
  { leads: new Set(['作为']), later: AS_ROLE_LATER, span: 38, english: (_lead, end) => `as ${ROLE[end.replace(/^的/, '')]} of` },
];
/** Persons a relative clause describes ("曾起诉许可方的个人或组织"): the nouns after 的 at the end of a sentence's subject. */
const PERSON = '(?:个人|组织|主体|企业|公司|机构|用户|人员|单位|实体|开发者|记者|被许可方|被许可人)';
const DESCRIBED_PERSONS = new RegExp(`的(${PERSON}(?:(?:或者|以及|或|和|及|与)(?:其)?(?:所属)?${PERSON})?)(?=[，,：:]|不得|须|应|均|将|$)`);
/** Where a sentence's subject starts, after a leading "any". */
const SUBJECT_START = /^(?:任何|凡是|凡|所有|一切)?/;
/** Words that make the text before 的 a predicate ("须…的", "许可方为一家…的公司"), not a description. */
const FORCE_WORDS = /不得|禁止|必须|须|应当|可以|为一家|是一家|为一个|是一个/;

interface Moved { readonly english: string; readonly from: number; readonly to: number }

/**
 * "任何曾对许可方提起诉讼的个人或组织，…" reads "any individual or organization that previously
 * instituted litigation against the licensor, …": in each sentence part, persons a relative clause
 * describes come before it, as English puts them. Returns where to say them and what to skip.
 */
function describedPersons(text: string): { at: Map<number, Moved>; skip: Map<number, number> } {
  const at = new Map<number, Moved>();
  const skip = new Map<number, number>();
  const parts = /[^\u3002\uff1b\uff0c\uff1a;\n]+/g;
  for (const p of text.matchAll(parts)) {
    const part = p[0];
    const m = DESCRIBED_PERSONS.exec(part);
    if (!m) continue;
    const lead = SUBJECT_START.exec(part)?.[0].length ?? 0;
    const described = part.slice(lead, m.index);
    if (described.length < 2 || described.length > 40 || FORCE_WORDS.test(described)) continue;
    const start = p.index + m.index;
    const english = gloss(m[1]).text.trim();
    at.set(p.index + lead, { english: `${english} that`, from: start + 1, to: start + m[0].length });
    skip.set(start, start + m[0].length);
  }
  return { at, skip };
}

/** What that verb leaves behind once "use" has been read at 将. */
const USE_PREPOSITION: Readonly<Record<string, string>> = { 用于: 'for', 用作: 'as', 用来: 'to', 应用于: 'in' };

const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'word' }) : undefined;

/** A reading of Chinese text in English words, with where each of its characters came from. */
export interface Gloss {
  /** The English reading. */
  readonly text: string;
  /** Original offset where the word that gave reading character i starts / ends. */
  readonly from: Int32Array;
  readonly to: Int32Array;
}

/** Maps [start, end) of the reading back to the original text. */
export function originalSpan(g: Gloss, start: number, end: number): { start: number; end: number } {
  const s = Math.min(Math.max(start, 0), g.text.length - 1);
  const e = Math.min(Math.max(end - 1, s), g.text.length - 1);
  return { start: g.from[s], end: Math.max(g.to[e], g.from[s]) };
}

function readInEnglish(text: string): Gloss {
  let out = '';
  const from: number[] = [];
  const to: number[] = [];
  /** Appends `s` for original [start, end); a word (`spaced`) stands between spaces. */
  const emit = (s: string, start: number, end: number, spaced = true): void => {
    if (s.length === 0) return;
    // Punctuation follows its word directly ("exclusive, non-transferable"), as English writes it.
    if (!spaced && /^[,.;:!?)\]"']/.test(s) && out.endsWith(' ')) {
      out = out.slice(0, -1);
      from.pop();
      to.pop();
    }
    const piece = spaced ? `${out.length > 0 && !out.endsWith(' ') ? ' ' : ''}${s} ` : s;
    for (let k = 0; k < piece.length; k++) {
      from.push(start);
      to.push(end);
    }
    out += piece;
  };
  let unknown = -1; // start of a run of Han characters the lexicon does not know
  let pendingVerb = -1; // where the 而-verb of a 因 … 而 … phrase stands, once it has been read at 因
  let verbEnd = -1;
  let pendingUse = -1; // where the verb of a 将/把 phrase stands, once "use" has been read at 将
  // Words read already, where they were said first: [start, end) ranges not read again.
  const skips: Array<readonly [number, number]> = [];
  const skipEnd = (i: number): number | undefined => skips.find(([start, end]) => i >= start && i < end)?.[1];
  let quoted = false; // inside “…” or 《…》: words the lexicon does not know are a name
  const flushUnknown = (end: number): void => {
    if (unknown < 0) return;
    const run = text.slice(unknown, end);
    const words = segmenter ? [...segmenter.segment(run)].filter((w) => w.isWordLike) : [{ segment: run, index: 0 }];
    for (const w of words) emit(quoted ? 'X' : 'x', unknown + w.index, unknown + w.index + w.segment.length);
    unknown = -1;
  };
  const persons = text.includes('的') ? describedPersons(text) : undefined;
  for (let i = 0; i < text.length; ) {
    // Persons a relative clause describes come first, and are not read again where they stand.
    const moved = persons?.at.get(i);
    if (moved) {
      flushUnknown(i);
      emit(moved.english, moved.from, moved.to);
      persons!.at.delete(i);
    }
    const skipTo = persons?.skip.get(i) ?? skipEnd(i);
    if (skipTo !== undefined) {
      flushUnknown(i);
      i = skipTo;
      continue;
    }
    // "第九条", "第3.2款": a heading's number, read as "Section 9".
    const heading = text[i] === '第' ? HEADING.exec(text.slice(i, i + 12)) : null;
    if (heading) {
      flushUnknown(i);
      const n = /^[0-9.]+$/.test(heading[1]) ? heading[1] : chineseQuantity(heading[1]) ?? ([...'〇一二三四五六七八九十'].indexOf(heading[1]) >= 0 ? [...'〇一二三四五六七八九十'].indexOf(heading[1]) : heading[1]);
      emit(`Section ${n}`, i, i + heading[0].length);
      i += heading[0].length;
      continue;
    }
    const c = text.charCodeAt(i);
    const q = isNumeralChar(text[i]) ? quantityAt(text, i) : undefined;
    const entry = isHan(c) ? entryAt(text, i) : undefined;
    if (q && (!entry || q.length >= entry[0].length)) {
      flushUnknown(i);
      emit(String(q.value), i, i + q.length);
      i += q.length;
      continue;
    }
    if (entry) {
      flushUnknown(i);
      // "将/把 X 用于 Y" reads "use X for Y": the verb moves to where English puts it, each word keeping its own offsets.
      const moved = entry[0] === '将' || entry[0] === '把' ? USE_LATER.exec(text.slice(i + 1, i + 40)) : null;
      if (moved) pendingUse = i + 1 + moved.index + moved[0].length - moved[1].length;
      // "不得因 X 而终止" reads "may not terminate because X": the verb after 而 comes before the reason.
      const reason = entry[0] === '因' || entry[0] === '因为' ? BECAUSE_THEN.exec(text.slice(i + entry[0].length, i + 60)) : null;
      if (reason) {
        pendingVerb = i + entry[0].length + reason.index + reason[0].length - reason[1].length - 1;
        verbEnd = pendingVerb + 1 + reason[1].length;
      }
      const said = SAID_FIRST.find((r) => r.leads.has(entry[0]));
      const later = said ? said.later.exec(text.slice(i + entry[0].length, i + entry[0].length + said.span)) : null;
      if (said && later) {
        const skipFrom = i + entry[0].length + later.index + later[0].length - later[1].length;
        skips.push([skipFrom, skipFrom + later[1].length]);
        emit(said.english(entry[1], later[1], out), i, i + entry[0].length);
        i += entry[0].length;
        continue;
      }
      if (i === pendingUse && entry[0] in USE_PREPOSITION) {
        emit(USE_PREPOSITION[entry[0]], i, i + entry[0].length);
        pendingUse = -1;
      } else if (pendingVerb >= 0 && i >= pendingVerb && i < verbEnd) {
        // (Read already, at 因.)
      } else emit(moved ? 'use' : reason ? `${ENDING_VERB[reason[1]]} because` : entry[1], i, i + entry[0].length);
      i += entry[0].length;
      continue;
    }
    if (isHan(c)) {
      if (unknown < 0) unknown = i;
      i++;
      continue;
    }
    flushUnknown(i);
    if (text[i] === '“' || text[i] === '《') quoted = true;
    else if (text[i] === '”' || text[i] === '》' || text[i] === '。' || text[i] === '；') quoted = false;
    const p = PUNCTUATION[text[i]];
    if (p !== undefined) emit(p, i, i + 1, false);
    else if (c >= 0xff01 && c <= 0xff5e) emit(String.fromCharCode(c - 0xfee0), i, i + 1, false);
    else emit(text[i], i, i + 1, false);
    i++;
  }
  flushUnknown(text.length);
  return { text: out, from: Int32Array.from(from), to: Int32Array.from(to) };
}

/** Readings already made, by text: a clause is read for its rules and again for document-wide facts. */
const readings = new Map<string, Gloss>();

/** The English reading of a Chinese (or mixed) text, each word mapped back to where it came from. */
export function gloss(text: string): Gloss {
  let g = readings.get(text);
  if (!g) {
    if (readings.size >= 4000) readings.clear();
    readings.set(text, (g = readInEnglish(text)));
  }
  return g;
}
