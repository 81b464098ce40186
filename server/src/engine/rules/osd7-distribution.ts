import { has } from '../language';
import type { DraftStyle } from '../draftStyle';
import { strikeAdjectives } from '../rewrite';
import { type Rule, wholeClause } from '../rule';
import { AnyOf, Near } from '../near';

const FLOW_DOWN = new AnyOf(
  new Near(
    /\b(?:include|incorporate|impose|pass\s+(?:on|through)|flow\s+down)\b/i,
    ['[^.]{0,120}?', /\b(?:restrictions?|limitations?|polic(?:y|ies)|terms)\b/i],
    ['[^.]{0,120}?', /\b(?:enforceable\s+provisions?|(?:in|into)\s+(?:any|every|each|your)\s+(?:\w+\s+){0,3}?(?:agreements?|contracts?|terms\s+of\s+(?:use|service)))/i],
  ),
  new Near(/\benforceable\s+provision\b/i, ['[^.]{0,80}', /\b(?:agreements?|contracts?)/i]),
);
const EXECUTE = new Near(/\b(?:recipients?|licensees?|users?|downstream|third\s+parties|each\s+(?:person|party)|anyone|anybody|everyone|whoever|any\s+(?:person|one|recipient|party)|those\s+who\s+receive)\b/i, ['[^.]{0,80}?', /\b(?:must|shall|are\s+required\s+to|will\s+need\s+to)\s+(?:first\s+)?(?:sign|execute|enter\s+into|register|obtain\s+(?:a|an|their\s+own)\s+(?:separate\s+|additional\s+)?licen[sc]e\s+from|accept\s+(?:a|an)\s+(?:separate|additional)|agree\s+to\s+(?:a|an)\s+(?:separate|additional))/i]);
const REGISTRATION = new AnyOf(
  new Near(
    /\b(?:must|shall)\s+(?:first\s+)?register\b/i,
    ['[^.]{0,80}', /\b(?:before|prior\s+to|in\s+order\s+to)\b/i],
    ['[^.]{0,40}', /\b(?:us\w*|download\w*|receiv\w*|distribut\w*|obtain\w*)/i],
  ),
  // "Before using the Model you must register at …": the same duty, the time first.
  new Near(/\b(?:before|prior\s+to)\s+(?:any\s+)?(?:us\w*|download\w*|receiv\w*|distribut\w*|obtain\w*|install\w*|access\w*)\b/i, ['[^.]{0,80}', /\b(?:must|shall)\s+(?:first\s+)?register\b/i]),
);
const GPL_AUTOMATIC = /\bautomatically\s+receives?\b|\bmay\s+not\s+impose\s+any\s+further\s+restrictions\b/i;

/** Recipients need a further agreement, registration, or licence terms must be flowed into contracts. */
export const additionalAgreement: Rule = {
  id: 'additional-agreement',
  trigger: ['enforceable', 'sign', 'execute', 'enter', 'register', 'obtain', 'accept', 'agree', 'agreement', 'agreements', 'contract', 'contracts', 'terms'],
  title: 'Recipients need another agreement to get the rights',
  criteria: [7],
  severity: 'error',
  explanation: 'OSD 7 requires the rights to apply to everyone who receives the program, without executing an additional licence. Requiring recipients to sign, register, or be bound by a contract that repeats the restrictions breaks it.',
  suggestion: 'Let every recipient receive the licence automatically with the work, e.g. "Each recipient automatically receives a licence from the original licensor under these terms."',
  fix: { title: 'Grant recipients the licence automatically', replace: (style) => automaticLicence(style) },
  examples: {
    fail: [
      'You must incorporate the restrictions of Section 4 as enforceable provisions in every contract under which you distribute the Model.',
      'Every downstream recipient must sign the Vendor Agreement before receiving a copy.',
      'Users must register on our portal before downloading the Software.',
      'Before using the Model You must register at https://orchid.example/register and accept these terms.',
    ],
    pass: [
      'Each time you redistribute the Program, the recipient automatically receives a license from the original licensors.',
      'You must give any other recipients of the Work a copy of this License.',
      'You may not impose any further restrictions on the recipients\' exercise of the rights granted herein.',
      'This licence is granted only to persons who accept its terms.',
    ],
  },
  check(ctx) {
    const t = ctx.text;
    if (ctx.facts.nonBinding || has(GPL_AUTOMATIC, t)) return undefined;
    if (has(FLOW_DOWN, t) || has(EXECUTE, t) || has(REGISTRATION, t)) return wholeClause(ctx);
    return undefined;
  },
};

/** "Each recipient of the Model automatically receives a licence from the Licensor under the terms of this Licence." */
export function automaticLicence(style: DraftStyle): string {
  return `Each recipient of ${style.work} automatically receives a ${style.licence.toLowerCase()} from ${style.licensor} under the terms of ${style.self}.`;
}

const PERSONAL = /\b(?:personal,?\s+non-?transferable|non-?transferable,?\s+(?:and\s+)?(?:non-?sublicensable|personal)|non-?sublicensable,?\s+(?:and\s+)?non-?transferable|non-?transferable(?:\s+and\s+royalty-free)?\s+(?:limited\s+)?licen[sc]e)\b/i;

/** A personal, non-transferable licence: recipients may not get the same rights. */
export const personalLicense: Rule = {
  id: 'non-transferable',
  trigger: ['transferable', 'nontransferable'],
  title: 'The licence is personal or non-transferable',
  criteria: [7],
  severity: 'warning',
  explanation: 'OSD 7 requires the rights to pass to everyone the program is redistributed to. A personal or non-transferable, non-sublicensable grant leaves recipients without rights unless the licence separately grants them.',
  suggestion: 'Check that every recipient gets the same licence directly (as "each recipient receives a licence from the licensor" clauses do), or drop "non-transferable".',
  fix: { title: 'Strike "personal" and "non-transferable"', rewrite: (s) => strikeAdjectives(s, /\blicen[cs]e\b/, /^(?:personal|non-?transferable|non-?sublicen[cs]e?able|nontransferable)$/i) },
  examples: {
    fail: [
      'The Author grants you a personal, non-transferable licence to use the Engine.',
      'This is a non-sublicensable and non-transferable licence.',
      'You receive a non-transferable limited license to the Weights.',
    ],
    pass: [
      'The Licensor grants You a worldwide, royalty-free, non-exclusive, perpetual licence.',
      'Each recipient receives a licence directly from the Licensor.',
      'The patent licence is non-exclusive and irrevocable.',
    ],
  },
  check(ctx) {
    return has(PERSONAL, ctx.text) && !ctx.facts.nonBinding ? wholeClause(ctx) : undefined;
  },
};

export const osd7Rules: readonly Rule[] = [additionalAgreement, personalLicense];
