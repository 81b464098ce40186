/**
 * Rules backed by the clause model: every rule id is a criterion × idea, and its finding comes
 * from the model's decision for that idea (see ../model), or from the rule's own matcher where
 * that knows a wording the model does not. The model runs once per clause and is shared by all
 * rules; trigger words only gate the rules' own matchers.
 */
import { cleanText } from '../language';
import { termPattern, termUses } from '../definitions';
import { type ClauseJudgement, DEFINITION_END, judgeClause, leadInBindsNobody } from '../model/judge';
import type { DefinedTerm } from '../model/provisions';
import type { Rule, RuleContext, RuleMatch } from '../rule';
import { TriggerIndex } from '../triggers';
import { AnyOf, Near } from '../near';

/** Built forms of the work by name: "binaries", "object code", "programs built from it". */
const BUILT_FORM = /\b(?:binar\w*|executables?|object\s+code|compiled\s+(?:forms?|versions?|copies)|(?:software|programs?)\s+built|merged\s+(?:weights|models?|checkpoints?))\b/i;

/** A document that permits distributing software built from modified source (OSD 4's requirement). */
const BINARIES_PERMITTED = new AnyOf(
  new Near(BUILT_FORM, ['[^.;]{0,100}?', /\bmay,?\s+(?:(?:also|however|nevertheless|still),?\s+)?(?:be\s+)?(?:freely\s+)?(?:distribut\w*|redistribut\w*|publish\w*)/i]),
  new Near(BUILT_FORM, ['[^.;]{0,100}?', /\b(?:permitted|allowed|free)\s+to\s+(?:be\s+)?(?:distribut\w*|redistribut\w*)/i]),
  /\b(?:may|permitted\s+to|allowed\s+to|free\s+to),?\s+(?:[\w,]+\s+){0,3}?(?:distribute|redistribute)\s+(?:\w+\s+){0,3}?(?:binar\w*|executables?)/i,
  /\b(?:may|permits?|allows?),?\s+(?:[\w,]+\s+){0,3}?(?:distribute|redistribute)\s+(?:\w+\s+){0,3}?(?:software|programs?|versions?)\s+(?:built|compiled|produced)\s+from\b/i,
  new Near(/\b(?:compiled|built)\s+from\s+(?:the\s+)?(?:changed|modified|patched)\s+sources?\b/i, ['[^.;]{0,40}?', /\b(?:can|may)\s+(?:\w+\s+){0,2}?(?:distribut\w*|share|give)/i]),
  // (As Chinese reads in English order: "permit licensee distribute by modified source code built software".)
  new Near(/\b(?:permits?|permitted|allows?|allowed)\b/i, ['[^.;]{0,30}?', /\bdistribut\w*/i], ['[^.;]{0,60}?', /\b(?:built|compiled)\s+(?:\w+\s+){0,2}?(?:software|executables?|binar\w*|programs?|installers?)\b/i]),
);

/** OSD 6 ideas more specific than "a use of the work is forbidden". */
const SPECIFIC_USE: ReadonlySet<string> = new Set(['field-of-use', 'non-commercial', 'limited-purpose', 'competing-use', 'hosted-service', 'acceptable-use-policy']);

const judgements = new WeakMap<RuleContext, ClauseJudgement>();

/** The words a matcher names stand only in a provision of the clause that binds nobody ("the licence neither forbids nor conditions medical use"). */
function unboundDetail(ctx: RuleContext, detail: string | undefined): boolean {
  if (!detail || detail.length < 4) return false;
  const words = detail.toLowerCase();
  const neutral = judgementsFor(ctx).neutral.map((n) => n.toLowerCase());
  return neutral.some((n) => n.includes(words)) && ctx.text.toLowerCase().split(words).length === neutral.reduce((k, n) => k + n.split(words).length - 1, 1);
}

/** The model's judgement of a clause, computed once per rule context. */
export function judgementsFor(ctx: RuleContext): ClauseJudgement {
  let out = judgements.get(ctx);
  if (!out && /:\s*$/.test(ctx.text)) judgements.set(ctx, (out = { judgements: [], binding: !leadInBindsNobody(ctx.text), neutral: [], copyleft: false }));
  if (!out) {
    out = judgeClause({
      text: ctx.text,
      leadIn: ctx.clause.isItem ? ctx.leadIn : '',
      neighbours: ctx.neighbours,
      terms: definedTerms(ctx),
      // (Or the clause itself, as the model reads it: a Chinese clause is read in English words the document's text does not have.)
      binariesPermitted: () => ctx.doc.mentions(BINARIES_PERMITTED) || BINARIES_PERMITTED.exec(ctx.text) !== null,
    });
    judgements.set(ctx, out);
  }
  return out;
}

/**
 * Defined terms the clause uses, recorded as a dependency of the result: those defined elsewhere,
 * and one the clause itself defines and then uses after its definition ("\"Permitted Purpose\"
 * means teaching …, and You may exercise the rights only for a Permitted Purpose"), which lends
 * the defining words only.
 */
function definedTerms(ctx: RuleContext): DefinedTerm[] {
  const defs = ctx.doc.definitions;
  if (defs.size === 0 || ctx.doc.termDefinitions(ctx.text) === '') return [];
  return termUses(ctx.text, defs).flatMap(({ def, index }) => {
    let definition = def.text;
    if (def.clauseStart === ctx.clause.start) {
      const at = def.end - ctx.clause.start;
      const end = DEFINITION_END.exec(ctx.text.slice(at));
      if (!end || index < at + end.index) return [];
      definition = ctx.text.slice(def.start - ctx.clause.start - 1, at + end.index);
    }
    const m = termPattern(def.term).exec(ctx.text.slice(index));
    return [{ term: def.term, start: index, end: index + (m ? m[0].length : def.term.length), definition: cleanText(definition) }];
  });
}

function modelMatch(ctx: RuleContext, id: string): RuleMatch | undefined {
  const j = judgementsFor(ctx).judgements.find((d) => d.rule === id);
  // (A lead-in, "You agree not to use the Model to:", is judged through its items: see judgementsFor.)
  if (!j) return undefined;
  return { index: j.start, length: j.end - j.start, detail: j.detail, criteria: j.criteria, ...(j.severity ? { severity: j.severity } : {}) };
}

/**
 * Puts the model behind a set of rules: each rule answers with its own matcher when its trigger
 * words are present and it matches, else with the model's decision for its id.
 */
export function withModel(rules: readonly Rule[]): Rule[] {
  const own = new TriggerIndex(rules);
  const candidates = new WeakMap<RuleContext, ReadonlySet<number>>();
  const ownCandidates = (ctx: RuleContext): ReadonlySet<number> => {
    let c = candidates.get(ctx);
    if (!c) candidates.set(ctx, (c = new Set(own.rulesFor(ctx.restrictedBy ? `${ctx.clause.text} ${ctx.restrictedBy}` : ctx.clause.text))));
    return c;
  };
  return rules.map((rule, i): Rule => ({
    ...rule,
    trigger: undefined,
    alsoNeeds: undefined,
    appliesTo: undefined,
    check(ctx) {
      const listItem = ctx.clause.isItem && ctx.clause.leadIns.length > 0;
      let mine = ownCandidates(ctx).has(i) && (rule.appliesTo !== 'list-items' || listItem) ? rule.check(ctx) : undefined;
      // A matcher's wording is trusted only where the model reads the clause as binding.
      // (A definition read with the sentence that withholds its term, "Sell" means …, binds through that sentence.)
      if (mine && (mine.severity ?? rule.severity) !== 'information' && !ctx.restrictedBy && !judgementsFor(ctx).binding) return undefined;
      // …and not where the words it names stand only in a provision that binds nobody: "Medical providers must meet their own obligations; the licence neither forbids nor conditions medical use".
      if (mine && (mine.severity ?? rule.severity) !== 'information' && !ctx.restrictedBy && unboundDetail(ctx, mine.detail)) return undefined;
      // (A match that names nothing is judged by the words it matched, "shall not restrict" in a proviso that carves something out;
      // the model's own reading of the clause may still stand: "You may not charge for warranty or support; copies may only be given away free of charge".)
      // (So is a match whose note is a category the clause does not spell out: "professional advice" for "we can't give you legal advice".)
      if (mine && (mine.severity ?? rule.severity) !== 'information' && !ctx.restrictedBy && (!mine.detail || !ctx.text.toLowerCase().includes(mine.detail.toLowerCase())) && unboundDetail(ctx, ctx.text.slice(mine.index, mine.index + mine.length))) mine = undefined;
      // The generic "a use is forbidden" gives way to the model's more specific reading of the same clause.
      if (mine && rule.id === 'prohibited-use' && judgementsFor(ctx).judgements.some((j) => SPECIFIC_USE.has(j.rule))) return undefined;
      // Copyleft over a combined work is not a restriction on other software.
      if (mine && rule.id === 'restricts-other-software' && judgementsFor(ctx).copyleft) return undefined;
      const model = ctx.clause.isHeading && !ctx.clause.isItem ? undefined : modelMatch(ctx, rule.id);
      // A matcher's note ("information") gives way to the model's firmer reading of the same idea.
      if (mine && (mine.severity ?? rule.severity) === 'information' && model && (model.severity ?? rule.severity) !== 'information') return model;
      // The model's reading of the same idea may name more criteria than the matcher knows ("a hardware key" makes a product tie OSD 10's business too).
      const mineCriteria = mine?.criteria ?? rule.criteria;
      if (mine && model?.criteria && mineCriteria.every((c) => model.criteria!.includes(c)) && model.criteria.length > mineCriteria.length) return { ...mine, criteria: model.criteria };
      return mine ?? model;
    },
  }));
}
