import { type DraftStyle, sentenceCase } from '../draftStyle';
import { has } from '../language';
import { matchCase, permit, tidy } from '../rewrite';
import { matchAt, type Rule } from '../rule';
import { Near } from '../near';

/** What a prohibition on changing may protect without breaking OSD 3. */
/** What follows names the name it goes by: "… under those same identifiers", "… under the Licensor's name". */
const UNDER_THE_NAME = /^[^.;]{0,40}?\bunder\s+(?:the|those|that|its|these|such|our|the\s+licensor's)\s+(?:same\s+)?(?:names?|identifiers?|marks?|trademarks?|brands?|titles?|namespaces?)\b/i;
const PROTECTED_OBJECT = /^[^.;:]{0,60}?\b(?:copyright|notices?|legends?|attribution|disclaimers?|trademarks?|marks|logos|names?|licen[sc]e\s+(?:text|document|terms|notice|itself)|this\s+licen[sc]e|the\s+licen[sc]e(?!\s+key)|terms\s+of\s+this|text\s+of\s+this|statement|headers?|authorship|origin|warnings?|labels?|(?:recipients'?\s+)?rights|substance\s+of\s+(?:any\s+)?(?:licen[sc]e\s+)?notices?)/i;
const PRONOUN_FOR_NOTICE = /^\s*(?:it|them|such\s+notices?)\b/i;
const NOTICE = /\b(?:copyright|notices?|legends?|attribution)\b/i;
const CONTROL_OBJECT = /\b(?:licen[sc]e\s+key|activation|DRM|copy\s+protection|usage\s+limits?|technical\s+(?:measures|protection)|telemetry|functionality)\b/i;
const PERMITS_DERIVATIVES = new Near(/\b(?:may|right\s+to|permission\s+to|licen[sc]e\s+to|grants?\s+you)\b/i, ['[^.]{0,120}', /\b(?:modify|modifications|derivative\s+works|derived\s+(?:works?|programs?))\b/i]);
const CHANGE_BANNED = /\b(?:may|shall|must|will|can)\s+not\s+(?:\w+\s+){0,2}?(?:modify|alter|adapt|translate|change|edit|move|disable|circumvent|remove|obscure|tamper\s+with|bypass|reverse[- ]engineer|decompile|disassemble|make\s+derivative\s+works|create\s+derivative\s+works|prepare\s+derivative\s+works|create\s+(?:any\s+)?derivatives?|make\s+(?:any\s+)?(?:changes|modifications)|restrict|limit)\b/i;
const LIST_OF_VERBS = /^(?:(?:\s*,)?\s*(?:(?:or|and|nor)\s+)?(?:modify|alter|adapt|translate|change|edit|move|disable|circumvent|remove|obscure|tamper\s+with|bypass|reverse[- ]engineer|decompile|disassemble|merge|copy|distribute|sublicense|create\s+derivative\s+works\s+of|prepare\s+derivative\s+works\s+of|make\s+derivative\s+works\s+of))*\s*/i;
const NO_DERIVATIVES = /\b(?:no\s+rights?\s+to\s+(?:make|create|prepare|share|distribute|publish)\s+(?:\w+\s+){0,2}?(?:adaptations?|adapted\s+material|derivative\s+works?|derivatives|modified\s+versions?)|but\s+not\s+(?:share|distribute|publish|redistribute)\w*,?\s+(?:the\s+)?(?:adaptations?|adapted\s+material|derivative\s+works?|derivatives|modified\s+versions?)|(?:may|shall|must|will|can)\s+not\s+(?:\w+\s+){0,2}?(?:produce|make|create|prepare|develop|build|write|publish|distribute|release)\s+(?:any\s+)?[\w,\s-]{0,50}?\b(?:adaptations?|translations?|derivative\s+works?|derivatives|modified\s+versions?|forks?)\b|no\s+derivative\s+works?|derivative\s+works?\s+(?:are|is)\s+(?:not\s+permitted|prohibited|forbidden|not\s+allowed)|modifications?\s+(?:are|is)\s+(?:not\s+permitted|prohibited|forbidden|not\s+allowed)|(?:modified|derivative)\s+(?:versions?|works?|copies)\s+(?:of\s+[\w\s]{1,30}\s+)?(?:may|shall|must|can)\s+not\s+be\s+(?:distributed|redistributed|published|shared|made\s+available)|(?:only|solely)\s+(?:unmodified|verbatim)\s+copies\s+(?:of\s+the\s+(?:software|program|work)\s+)?(?:may|can)\s+be)/i;
const ABOUT_LICENSE_DOC = /\bexcept\s+(?:as\s+(?:expressly\s+)?(?:provided|permitted|stated|allowed)|under\s+the\s+terms)|\bunless\s+(?:you|it|the)|\b(?:licen[sc]e\s+document|text\s+of\s+(?:this|the)\s+licen[sc]e|this\s+licen[sc]e\s+(?:text|document)|copies\s+of\s+this\s+licen[sc]e)\b/i;

const CHANGE_VERBS = String.raw`modify|alter|adapt|translate|change|edit|make\s+derivative\s+works|create\s+derivative\s+works|prepare\s+derivative\s+works|create\s+(?:any\s+)?derivatives?|make\s+(?:any\s+)?(?:changes|modifications)|produce|make|create|prepare|develop|build|write|publish|distribute|redistribute|release|distributed|redistributed|published|shared|made\s+available|circumvent|disable|remove|bypass|tamper\s+with|reverse[- ]engineer|decompile|disassemble`;

/** The prohibition turned into the permission, in the clause's own words. */
function rewriteModification(s: string): string | undefined {
  let out = permit(s, CHANGE_VERBS) ?? s;
  if (/\b(?:are|is)\s+(?:permitted|allowed)\b/i.test(out)) out = out.replace(/\bno\s+(derivative\s+works?)\b/gi, (m: string, what: string) => matchCase(m, what));
  out = out
    .replace(/\b((?:derivative\s+works?|modifications?)\s+(?:are|is))\s+(?:not\s+permitted|prohibited|forbidden|not\s+allowed)\b/gi, '$1 permitted')
    .replace(/\b(?:only|solely)\s+(?:unmodified|verbatim)\s+(copies)\b/gi, (m: string, copies: string) => matchCase(m, copies));
  out = tidy(out);
  return out === s ? undefined : out;
}

/** The licence forbids modifying the work, making derivatives, or distributing modified versions. */
export const noModification: Rule = {
  id: 'no-modification',
  trigger: ['modify', 'modif*', 'alter*', 'adapt*', 'translat*', 'chang*', 'edit*', 'move', 'disabl*', 'circumvent*', 'remov*', 'obscur*', 'tamper*', 'bypass*', 'reverse', 'decompil*', 'disassembl*', 'deriv*', 'restrict*', 'limit*', 'fork*', 'verbatim', 'unmodified'],
  alsoNeeds: ['not', 'no', 'only', 'solely', 'prohibited', 'forbidden', 'cannot', 'unmodified', 'verbatim'],
  title: 'Modifications or derived works are forbidden',
  criteria: [3],
  severity: 'error',
  explanation: 'OSD 3 requires that the licence allow modifications and derived works, and their distribution under the same terms. Forbidding changes, reverse engineering, or tampering with built-in controls such as licence keys takes that away.',
  suggestion: 'Allow modification and distribution of modified versions; you may still require notices to be kept and changes to be marked.',
  fix: {
    title: 'Allow modifications',
    rewrite: (s) => rewriteModification(s),
    replace: (style: DraftStyle) => `${sentenceCase(style.licensee)} may modify ${style.work} and distribute modified versions under the terms of ${style.self}.`,
  },
  examples: {
    fail: [
      'Licensees may not alter, adapt or translate the Software in any way.',
      'No derivative works of the Dataset Viewer are permitted.',
      'You shall not circumvent or disable the activation-key check built into the program.',
      'Modified versions of the engine may not be redistributed.',
      'You may copy the Score freely, but you have no right to make adaptations of it.',
      'You may reproduce the Corpus, but not share adapted material based on it.',
    ],
    pass: [
      'You may not remove or alter any copyright notices in the source files.',
      'Everyone may copy this licence document, but changing it is not allowed.',
      'You must cause any modified files to carry prominent notices stating that you changed the files.',
      'You may not impose any further restrictions on the exercise of the rights granted herein.',
    ],
  },
  check(ctx) {
    if (ctx.facts.nonBinding || has(ABOUT_LICENSE_DOC, ctx.text)) return undefined;
    const nd = NO_DERIVATIVES.exec(ctx.text);
    // (A rule on the name a modified version goes by: "may not publish a modified version under those same identifiers".)
    if (nd && UNDER_THE_NAME.test(ctx.text.slice(nd.index + nd[0].length))) return undefined;
    if (nd) return { index: nd.index, length: nd[0].length };
    const m = CHANGE_BANNED.exec(ctx.text);
    if (!m) return undefined;
    const rest = ctx.text.slice(m.index + m[0].length);
    const object = rest.slice(LIST_OF_VERBS.exec(rest)?.[0].length ?? 0);
    if (PROTECTED_OBJECT.test(object) || (PRONOUN_FOR_NOTICE.test(object) && NOTICE.test(ctx.text))) return undefined;
    // Licence keys and similar controls may never be protected from change. For the work itself, a
    // licence that elsewhere permits derived works probably means verbatim copies only (OSD 4).
    if (!CONTROL_OBJECT.test(object.slice(0, 120)) && ctx.doc.mentions(PERMITS_DERIVATIVES)) {
      return matchAt(ctx, CHANGE_BANNED, 'the licence elsewhere allows derived works, so check this covers verbatim copies only', { severity: 'information' });
    }
    return matchAt(ctx, CHANGE_BANNED);
  },
};

export const osd3Rules: readonly Rule[] = [noModification];
