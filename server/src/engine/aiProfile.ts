import type { Analysis } from './engine';
import { Near, type TextPattern } from './near';

/**
 * The Open Source AI Definition 1.0 view of a licence: whether it grants the four freedoms for
 * the model parameters, restricts outputs or the improvement of other models, and points to data
 * information and code. Each row is pass, fail, or review (a human should check).
 */
export type RowStatus = 'pass' | 'fail' | 'review';

export interface AiRow {
  readonly name: string;
  readonly status: RowStatus;
  readonly note: string;
  /** `none`: the row passes because nothing against it was found, not because the licence says so. */
  readonly evidence?: 'none';
}

const MODEL_WORDS = /\b(?:models?|weights|parameters|checkpoints?|fine-?tun\w*|inference|training\s+data|outputs?\s+of\s+the\s+model|machine\s+learning|large\s+language|LLMs?|AI\s+system)\b/gi;

/** True when the text talks about models, weights or outputs (three mentions or more). */
export function looksLikeAiLicence(text: string): boolean {
  return (text.match(MODEL_WORDS)?.length ?? 0) >= 3;
}

/** The OSAID rows for an analysed licence. */
export function aiRows(text: string, analysis: Analysis): AiRow[] {
  const errors = analysis.findings.filter((f) => f.severity === 'error');
  const warnings = analysis.findings.filter((f) => f.severity === 'warning');
  const has = (pred: (f: (typeof errors)[number]) => boolean, list = errors): boolean => list.some(pred);
  const crit = (...cs: number[]) => (f: { criteria: readonly number[] }): boolean => f.criteria.some((c) => cs.includes(c));
  const rule = (...ids: string[]) => (f: { ruleId: string }): boolean => ids.includes(f.ruleId);
  const outputs = (f: { matched: string; ruleId: string }): boolean => f.ruleId === 'competing-use' && /\boutputs?\b|\bresults?\b|\bgenerated\b|\btext\s+produced\b/i.test(f.matched);
  const mentions = (re: TextPattern): boolean => re.test(text);
  const row = (name: string, status: RowStatus, note: string): AiRow => ({ name, status, note, ...(status === 'pass' && /\bfound\.$/.test(note) ? { evidence: 'none' as const } : {}) });
  return [
    has(crit(5, 6))
      ? row('Use for any purpose', 'fail', 'The licence restricts who may use the model or for what (OSD 5/6 errors).')
      : row('Use for any purpose', has(crit(5, 6), warnings) ? 'review' : 'pass', has(crit(5, 6), warnings) ? 'Some clauses need a reviewer (OSD 5/6 warnings).' : 'No restriction on persons or fields of use found.'),
    mentions(/\b(?:weights|parameters)\b/i)
      ? row('Study: parameters covered by the grant', 'pass', 'The licence names the weights or parameters.')
      : row('Study: parameters covered by the grant', 'review', 'The licence does not say that it covers the model weights or parameters.'),
    has(rule('no-modification')) || mentions(/\b(?:may|shall|must)\s+not\s+(?:\w+\s+){0,3}fine-?tun/i)
      ? row('Modify (fine-tune, adapt)', 'fail', 'Modification or fine-tuning is forbidden.')
      : row('Modify (fine-tune, adapt)', 'pass', 'No restriction on modification found.'),
    has(crit(1, 3, 7, 8, 10))
      ? row('Share, with or without modifications', 'fail', 'Redistribution is restricted (OSD 1/3/7/8/10 errors).')
      : row('Share, with or without modifications', 'pass', 'No restriction on redistribution found.'),
    has(outputs) || mentions(new Near(/\boutputs?\b/i, ['[^.]{0,80}', /\b(?:may|shall|must)\s+not\b/i]))
      ? row('Outputs free of restrictions', 'fail', 'The licence restricts what the outputs may be used for.')
      : row('Outputs free of restrictions', 'pass', 'No restriction on outputs found.'),
    has(rule('competing-use'))
      ? row('Improving other models allowed', 'fail', 'Using the model or its outputs to improve other models is forbidden.')
      : row('Improving other models allowed', 'pass', 'No restriction on improving other models found.'),
    mentions(/\b(?:training\s+data|data\s+information|datasets?|data\s+card|data\s+sources?)\b/i)
      ? row('Data information', 'pass', 'The licence points to information about the training data.')
      : row('Data information', 'review', 'No pointer to data information (what the model was trained on) found.'),
    mentions(/\b(?:source\s+code|training\s+code|inference\s+code|code\s+used\s+to\s+train)\b/i)
      ? row('Code', 'pass', 'The licence covers or points to the code.')
      : row('Code', 'review', 'No pointer to the training and inference code found.'),
  ];
}
