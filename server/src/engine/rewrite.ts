/**
 * Helpers for rewrites that change the fewest words: turn a prohibition into a permission
 * ("may not be sold" → "may be sold"), strike a qualifier that narrows a grant ("…, except for
 * military purposes"), strike adjectives ("non-transferable"), and tidy the spaces and
 * punctuation a cut leaves behind. Every candidate is re-checked by fixes.ts before it is offered.
 */
import { sentenceCase } from './draftStyle';
import { Near, type TextPattern } from './near';

/** Collapses the spaces and punctuation a cut leaves ("use  the", "Software ,", ", ."). */
export function tidy(s: string): string {
  return s
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/(?<![ \t])[ \t]+([,.;:])/g, '$1')
    .replace(/,(?=\s*[.;:])/g, '')
    .replace(/\(\s*\)/g, '')
    .replace(/^[ \t]*,[ \t]*/, '');
}

/** Removes [start, end) from `s` and tidies the cut, keeping the first letter's case. */
export function cut(s: string, start: number, end: number): string {
  const out = tidy(s.slice(0, start) + s.slice(end));
  return /^[A-Z]/.test(s.trimStart()) ? sentenceCase(out) : out;
}

/** Where the sentence that contains `from` ends (before its final punctuation). */
function sentenceEnd(s: string, from: number): number {
  const stop = /[.;](?!\S)/g;
  stop.lastIndex = from;
  const m = stop.exec(s);
  const end = m ? m.index : s.trimEnd().length;
  return s[end - 1] === ':' ? end - 1 : end;
}

/** Keeps the capital of a replaced word. */
export function matchCase(original: string, word: string): string {
  return /^[A-Z]/.test(original) ? sentenceCase(word) : word;
}

/**
 * "X may not Y" → "X may Y" for the given verbs; "shall not"/"must not" become "may", "cannot"
 * becomes "can". A prohibition added to a grant with "but" ("You may use it but may not sell
 * it") is struck instead.
 */
export function permit(s: string, verbs: string): string | undefined {
  const negation = /\b(may|shall|must|will|can)\s+not\s+|\bcannot\s+/gi;
  const verb = new RegExp(String.raw`(be\s+)?(only\s+)?(?:${verbs})\b`, 'iy');
  let changed = false;
  let out = '';
  let last = 0;
  for (let m = negation.exec(s); m; m = negation.exec(s)) {
    verb.lastIndex = m.index + m[0].length;
    const v = verb.exec(s);
    if (!v) continue;
    const before = s.slice(Math.max(last, m.index - 30), m.index).trimEnd().split(/\s+/);
    const but = /^(?:but|however,?)$/i.test(before[before.length - 1] ?? '') ? 1 : /^(?:you|licensee)$/i.test(before[before.length - 1] ?? '') && /^(?:but|however,?)$/i.test(before[before.length - 2] ?? '') ? 2 : 0;
    if (but) {
      // "…, but may not sell it." → strike the prohibition.
      let from = m.index;
      for (let k = 0; k < but; k++) from = s.lastIndexOf(before[before.length - 1 - k], from - 1);
      if (s[from - 2] === ',' || s[from - 1] === ',') from = s.lastIndexOf(',', from);
      out += s.slice(last, from);
      last = sentenceEnd(s, verb.lastIndex);
      negation.lastIndex = Math.max(negation.lastIndex, last);
    } else {
      const modal = /^can/i.test(m[0]) ? 'can' : 'may';
      out += `${s.slice(last, m.index)}${matchCase(m[0], modal)} ${v[1] ?? ''}${s.slice(v.index + (v[1] ?? '').length + (v[2] ?? '').length, verb.lastIndex)}`;
      last = verb.lastIndex;
    }
    changed = true;
  }
  if (!changed) return undefined;
  return tidy(out + s.slice(last)).replace(/\bby\s+(anyone|anybody|any\s+person)\s+(?:but|other\s+than|except)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}/g, 'by $1');
}

/** Words that open a qualifier narrowing a grant: ", except for …", "only if …", ", but not …". */
const QUALIFIERS: readonly TextPattern[] = [
  /\s(?:and|but)\s+not\s+(?:for|in|to|as|on|by|within)\b/gi,
  /\sbut\s+(?:not|only|no|neither|nothing|cannot)\b/gi,
  /\sbut\s+(?:you\s+|licensee\s+)?(?:have|has|get|gets|acquire|acquires|receive|receives)\s+no\b/gi,
  new Near(/\sbut\s/i, ['[^.;,]{0,60}?', /\b(?:may|shall|must|will|can)\s+not\b/i]),
  /\s(?:except|excluding|other\s+than|save\s+for|provided\s+(?:that|however)|on\s+(?:the\s+)?condition\s+that|subject\s+to|unless|as\s+long\s+as|so\s+long\s+as)\b/gi,
  /\s(?:only|solely|exclusively)\s+(?:if|after|when|where|for|in|on|with|by|within|as|through|to|upon|while|together)\b/gi,
];

/** Every match of every qualifier pattern in `s`. */
function qualifiers(s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (const p of QUALIFIERS) {
    if (p instanceof RegExp) {
      p.lastIndex = 0;
      for (let m = p.exec(s); m; m = p.exec(s)) out.push(m);
    } else {
      // A Near pattern finds its first match; look again after it.
      let from = 0;
      for (let m = p.exec(s.slice(from)); m; m = p.exec(s.slice(from))) {
        const at = Object.assign([m[0]], { index: from + m.index, input: s }) as unknown as RegExpExecArray;
        out.push(at);
        from = at.index + 1;
      }
    }
  }
  return out;
}

/**
 * Strikes each qualifier that narrows a grant: to the next comma (when the sentence goes on after
 * it), or to the end of the sentence. Shortest cut first.
 */
export function strikeQualifiers(s: string): string[] {
  const out: Array<{ text: string; cut: number }> = [];
  for (const m of qualifiers(s)) {
    // The qualifier starts at the comma before it, if any (", except for …").
    const start = s[m.index - 1] === ',' ? m.index - 1 : m.index;
    const end = sentenceEnd(s, m.index + m[0].length);
    const comma = s.indexOf(',', m.index + m[0].length);
    if (comma > 0 && comma < end && start < m.index && !/^\sbut\b/i.test(m[0])) out.push({ text: cut(s, start, comma), cut: comma - start });
    out.push({ text: cut(s, start, end), cut: end - start });
  }
  // "(other than a Licensee that … employs more than five hundred persons)"
  const paren = /\s*\((?:other\s+than|except|excluding|but\s+not|not\s+including)\b/gi;
  for (let m = paren.exec(s); m; m = paren.exec(s)) {
    const close = s.indexOf(')', m.index);
    if (close > 0 && close - m.index < 300) out.push({ text: cut(s, m.index, close + 1), cut: close + 1 - m.index });
  }
  // "… within the Territory only", "for teaching and learning in educational settings only": from
  // the nearest "for" (a purpose), else the nearest preposition.
  const only = /\bonly\b/g;
  for (let m = only.exec(s); m; m = only.exec(s)) {
    const after = s.slice(m.index + 4).trimStart();
    if (after.length > 0 && !/^[.;,]/.test(after)) continue;
    const before = s.slice(Math.max(0, m.index - 80), m.index);
    const preps = [...before.matchAll(/\s(for|in|on|within|inside|with|by|to|at)\s/gi)].filter((p) => !/[,;]/.test(before.slice(p.index)));
    const prep = preps.filter((p) => /^for$/i.test(p[1])).pop() ?? preps.pop();
    if (prep) {
      const start = m.index - before.length + prep.index!;
      out.push({ text: cut(s, start, m.index + 4), cut: m.index + 4 - start });
    }
  }
  return out.sort((a, b) => a.cut - b.cut).map((c) => c.text);
}

/**
 * Strikes adjectives from the list that qualifies a noun: "a non-exclusive, worldwide,
 * non-transferable and royalty-free licence" without "non-transferable" is "a non-exclusive,
 * worldwide and royalty-free licence".
 */
export function strikeAdjectives(s: string, noun: RegExp, bad: RegExp): string | undefined {
  const nouns = new RegExp(noun.source, 'gi');
  let out = '';
  let last = 0;
  for (let m = nouns.exec(s); m; m = nouns.exec(s)) {
    let before = s.slice(Math.max(last, m.index - 200), m.index);
    before = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
    const articles = /\b(?:an?|the|this|your|its)\s+/gi;
    let article: RegExpExecArray | undefined;
    for (let a = articles.exec(before); a; a = articles.exec(before)) article = a;
    if (!article) continue;
    const articleAt = m.index - before.length + article.index;
    const segment = s.slice(articleAt + article[0].length, m.index).trim();
    const items = segment.split(/,\s*(?:and\s+)?|\s+and\s+/).map((item) => item.trim());
    const kept = items.map((item) => item.split(/\s+/).filter((w) => !bad.test(w)).join(' ')).filter((w) => w.length > 0);
    if (kept.length === items.length && kept.every((k, i) => k === items[i])) continue;
    const list = kept.length > 1 && /\sand\s/.test(segment) ? `${kept.slice(0, -1).join(', ')} and ${kept[kept.length - 1]}` : kept.join(', ');
    const articleWord = article[0].trim();
    const fixedArticle = /^an?$/i.test(articleWord) ? matchCase(articleWord, /^[aeiou]/i.test(list || m[0]) ? 'an' : 'a') : articleWord;
    out += `${s.slice(last, articleAt)}${fixedArticle} ${list ? `${list} ` : ''}`;
    last = m.index;
  }
  return last === 0 ? undefined : out + s.slice(last);
}
