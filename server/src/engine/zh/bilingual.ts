/**
 * Bilingual licences (Chinese and English side by side): which language each clause is in, which
 * version the licence says prevails, and which restrictions appear in one language only — where a
 * reviewer most needs help, since a restriction that exists only in the version that prevails binds
 * whoever reads only the other.
 */
import type { Clause, Criterion, Finding } from '../types';
import { isHan } from './han';

export type Language = 'zh' | 'en';

export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { zh: 'Chinese', en: 'English' };

/** The language of a clause: Chinese when it has more Han characters than Latin letters. */
export function clauseLanguage(text: string): Language {
  let han = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isHan(c)) han++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  // A Han character carries about as much as a short word: weigh it as three letters.
  return han * 3 > latin ? 'zh' : 'en';
}

/** What the licence says about its language versions. */
export interface Languages {
  /** Both languages hold a real part of the licence (not a phrase or a name). */
  readonly bilingual: boolean;
  /** The version the licence says prevails where the two differ, if it says. */
  readonly prevails?: Language;
  /** Criteria with errors or warnings in one language only, and that language. */
  readonly oneLanguageOnly: ReadonlyArray<{ readonly criterion: Criterion; readonly language: Language }>;
}

/** "如中英文版本有冲突，以中文版本为准", "the Chinese version shall prevail", "以英文文本为准". */
const PREVAILS_ZH = /以(中文|英文)(?:版本?|文本|版)为准|(中文|英文)(?:版本?|文本)(?:具有)?优先/;
const PREVAILS_EN = /\b(Chinese|English)\s+(?:language\s+)?(?:version|text)(?:\s+of\s+this\s+\w+)?\s+(?:shall|will|should)\s+(?:prevail|control|govern|take\s+precedence)/i;

/** Which language version the licence says prevails, if it says. */
export function prevailingLanguage(text: string): Language | undefined {
  const zh = PREVAILS_ZH.exec(text);
  if (zh) return (zh[1] ?? zh[2]) === '中文' ? 'zh' : 'en';
  const en = PREVAILS_EN.exec(text);
  if (en) return en[1].toLowerCase() === 'chinese' ? 'zh' : 'en';
  return undefined;
}

/** At least this many clauses, and this share of them, in each language make a licence bilingual. */
const MIN_CLAUSES = 3;
const MIN_SHARE = 0.15;

/** `languageOf`, when given, is each clause's language as already known (the analyser keeps it with the clause's result). */
export function languagesOf(text: string, clauses: readonly Clause[], findings: readonly Finding[], languageOf: (c: Clause, i: number) => Language = (c) => clauseLanguage(c.text)): Languages {
  const counts = { zh: 0, en: 0 };
  clauses.forEach((c, i) => counts[languageOf(c, i)]++);
  const total = counts.zh + counts.en;
  const bilingual = total > 0 && Math.min(counts.zh, counts.en) >= MIN_CLAUSES && Math.min(counts.zh, counts.en) / total >= MIN_SHARE;
  const prevails = prevailingLanguage(text);
  if (!bilingual) return { bilingual, prevails, oneLanguageOnly: [] };
  const found = { zh: new Set<Criterion>(), en: new Set<Criterion>() };
  for (const f of findings) {
    if (f.severity === 'information') continue;
    const lang = clauseLanguage(text.slice(f.clauseStart, f.clauseEnd));
    for (const c of f.criteria) found[lang].add(c);
  }
  const oneLanguageOnly: Array<{ criterion: Criterion; language: Language }> = [];
  for (const lang of ['zh', 'en'] as const) {
    const other = lang === 'zh' ? 'en' : 'zh';
    for (const c of [...found[lang]].sort((a, b) => a - b)) if (!found[other].has(c)) oneLanguageOnly.push({ criterion: c, language: lang });
  }
  return { bilingual, prevails, oneLanguageOnly };
}

/**
 * Adds to each finding of a bilingual licence whose criteria the other version does not break a
 * note saying so (and which version prevails, when the licence says).
 */
export function noteOneLanguageOnly(text: string, findings: readonly Finding[], languages: Languages): Finding[] {
  if (!languages.bilingual || languages.oneLanguageOnly.length === 0) return [...findings];
  return findings.map((f) => {
    if (f.severity === 'information') return f;
    const lang = clauseLanguage(text.slice(f.clauseStart, f.clauseEnd));
    const alone = f.criteria.filter((c) => languages.oneLanguageOnly.some((o) => o.criterion === c && o.language === lang));
    if (alone.length === 0 || alone.length < f.criteria.length) return f;
    const other = LANGUAGE_NAMES[lang === 'zh' ? 'en' : 'zh'];
    const prevails = languages.prevails ? ` The licence says the ${LANGUAGE_NAMES[languages.prevails]} version prevails.` : '';
    return { ...f, message: `${f.message} Only the ${LANGUAGE_NAMES[lang]} version says this: the ${other} version has no such restriction.${prevails}` };
  });
}

/** "Bilingual licence (Chinese and English). The licence says the Chinese version prevails … Only the Chinese version breaks OSD 6." */
export function describeLanguages(l: Languages): string {
  const parts = [l.bilingual ? 'Bilingual licence (Chinese and English).' : 'The licence names its language versions.'];
  parts.push(l.prevails ? `The licence says the ${LANGUAGE_NAMES[l.prevails]} version prevails where the two differ.` : 'It does not say which version prevails.');
  for (const lang of ['zh', 'en'] as const) {
    const only = l.oneLanguageOnly.filter((o) => o.language === lang).map((o) => `OSD ${o.criterion}`);
    if (only.length) parts.push(`Only the ${LANGUAGE_NAMES[lang]} version breaks ${only.join(', ')}.`);
  }
  return parts.join(' ');
}
