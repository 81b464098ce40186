import type { DraftStyle } from '../draftStyle';
import { afterBreachNotCounted, has, PROHIBITION, VOIDING } from '../language';
import { matchAt, type Rule, wholeClause } from '../rule';
import { AnyOf, Near } from '../near';

const POLICY = /\b(?:(?:acceptable|prohibited|permitted|responsible|appropriate|fair)\s+use\s+(?:polic(?:y|ies)|guidelines|restrictions|terms)|(?:community|conduct|safety|ethical|responsible\s+AI|trust\s+and\s+safety)\s+(?:standards|guidelines|rules|polic(?:y|ies)|principles)|code\s+of\s+conduct|use\s+polic(?:y|ies)|usage\s+polic(?:y|ies)|use-based\s+restrictions|use\s+restrictions|restricted\s+uses|ethical\s+(?:use\s+)?guidelines|content\s+polic(?:y|ies))\b/i;
const BINDS = /\b(?:governed\s+by|conditioned\s+(?:on|upon)|adhere\s+to|abide\s+by|comply\s+with|complies\s+with|compliance\s+with|subject\s+to|in\s+accordance\s+with|bound\s+by|follow|conform\s+to|consistent\s+with|incorporated\s+(?:herein\s+)?by\s+reference|set\s+forth\s+in|(?:is|are)\s+(?:hereby\s+)?incorporated|must\s+not\s+use|shall\s+not\s+use|will\s+not\s+use|(?:in|for)\s+violation\s+of|violat\w+|breach\w*)\b/i;
const MAY_CHANGE = /\b(?:from\s+time\s+to\s+time|as\s+updated|as\s+amended|may\s+(?:be\s+)?(?:update|updated|amend|amended|modif\w+|change[sd]?|revise[sd]?)|at\s+any\s+time)\b/i;

/** The licence binds users to a separate acceptable-use policy. */
export const acceptableUsePolicy: Rule = {
  id: 'acceptable-use-policy',
  trigger: ['policy', 'policies', 'restrictions', 'restricted', 'guidelines', 'standards', 'rules', 'principles', 'conduct'],
  title: 'An acceptable-use policy is made a condition of the licence',
  criteria: [6],
  severity: 'error',
  explanation: 'OSD 6 forbids restricting fields of use. An acceptable-use policy incorporated into the licence does exactly that, often for whole industries, and when the licensor may update it "from time to time" the permitted uses can shrink after the fact.',
  suggestion: 'Make the policy non-binding guidance ("we ask you to follow…; this is not a condition of this licence") or remove it.',
  fix: { title: 'Make the use policy a non-binding request', rewrite: (s, style) => rewriteUsePolicy(s, style) },
  examples: {
    fail: [
      'Your use of the Model must comply with the Responsible Use Guidelines, which we may update from time to time.',
      'You agree to abide by the Usage Policy published at the link below.',
      'Use of the Weights in violation of the Prohibited Use Policy terminates this licence.',
    ],
    pass: [
      'We kindly ask users to read our acceptable use guidelines; following them is not a condition of this licence.',
      'The Foundation publishes a use policy for its own web site.',
      'This licence places no use restrictions on the Software.',
    ],
  },
  check(ctx) {
    const t = ctx.text;
    const scope = ctx.scope;
    if (!has(POLICY, t) || ctx.facts.nonBinding) return undefined;
    if (/\bno\s+use\s+restrictions|\bwithout\s+(?:any\s+)?use\s+restrictions/i.test(t)) return undefined;
    if (!has(BINDS, scope) && !has(PROHIBITION, scope) && !ctx.facts.voids) return undefined;
    // (Not a policy whose breach is said not to count: "… and not for any breach of the Acceptable Use Policy".)
    if (afterBreachNotCounted(t, POLICY)) return undefined;
    const changes = has(MAY_CHANGE, t) || has(MAY_CHANGE, ctx.doc.termDefinitions(t)) || ctx.doc.mentions(MAY_CHANGE_POLICY);
    return matchAt(ctx, POLICY, changes ? 'which the licensor may change' : undefined);
  },
};
const BINDING_VERB = /\b(?:(must|shall|will|agrees?\s+to)\s+|(and)\s+)?(comply\s+with|adhere\s+to|abide\s+by|follow|conform\s+to|be\s+bound\s+by)\b/gi;
const SUBJECT_TO = /\b(?:is|are|shall\s+be|will\s+be)\s+(?:subject\s+to|governed\s+by|conditioned\s+(?:on|upon))\b/gi;

/** The last match of a global pattern followed only by the policy's article and name ("the Orchid"). */
function endingWith(s: string, re: RegExp): RegExpExecArray | undefined {
  let last: RegExpExecArray | undefined;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const between = s.slice(m.index + m[0].length).trim();
    const words = between ? between.split(/\s+/) : [];
    if (words.length <= 6 && words.every((w) => /^(?:the|its|our|their|any|this|[A-Z][\w&.'’-]*)$/.test(w))) last = m;
  }
  return last;
}
const INCORPORATED = /,?\s*(?:which|that)\s+(?:is|are)\s+(?:hereby\s+)?incorporated\b/i;

/**
 * The policy stays, with its name and address, as a request that binds nobody: "must comply with
 * the Orchid Acceptable Use Policy at https://…, which is incorporated …" becomes "should comply
 * with the Orchid Acceptable Use Policy at https://…, which is not a condition of this Licence".
 */
function rewriteUsePolicy(s: string, style: DraftStyle): string | undefined {
  const policy = POLICY.exec(s);
  if (!policy) return undefined;
  const notCondition = `not a condition of ${style.self}`;
  let head = s.slice(0, policy.index);
  let tail = s.slice(policy.index);
  const verb = endingWith(head, BINDING_VERB);
  if (verb) {
    const softened = verb[2] ? `${verb[2]} should ${verb[3]} ` : `should ${verb[3].replace(/^be\s+bound\s+by$/i, 'follow')} `;
    head = head.slice(0, verb.index) + softened + head.slice(verb.index + verb[0].length).trimStart();
  } else {
    const subject = endingWith(head, SUBJECT_TO);
    if (subject) head = `${head.slice(0, subject.index)}should follow ${head.slice(subject.index + subject[0].length).trimStart()}`;
  }
  const incorporated = INCORPORATED.exec(tail);
  if (incorporated) {
    const stop = /[.;](?!\S)/.exec(tail.slice(incorporated.index + incorporated[0].length));
    const end = stop ? incorporated.index + incorporated[0].length + stop.index : tail.trimEnd().length;
    tail = `${tail.slice(0, incorporated.index)}, which is ${notCondition}${tail.slice(end)}`;
  }
  let out = head + tail;
  if (out === s) return undefined;
  if (!/\bnot\s+a\s+condition\b/i.test(out)) {
    const them = /(?:guidelines|policies|standards|rules|principles|terms|restrictions|uses)\b/i.test(policy[0]) ? 'them' : 'it';
    const body = out.trimEnd();
    const last = /[.;,]/.test(body.slice(-1)) ? body.slice(-1) : '';
    out = `${body.slice(0, body.length - last.length)}; following ${them} is ${notCondition}${last === ';' || last === ',' ? last : '.'}`;
  }
  return out;
}

const MAY_CHANGE_POLICY = new Near(/\b(?:polic(?:y|ies)|restrictions)\b/i, ['[^.]{0,80}', /\b(?:from\s+time\s+to\s+time|may\s+(?:be\s+)?(?:update|amend|modif|chang|revis)\w*)/i]);

const ETHICAL = /\b(?:good,?\s+not\s+evil|immoral|unethical|improper\s+(?:purposes?|uses?|material)|human\s+rights?|ethical(?:ly)?\s+(?:use|manner|purposes?|principles|standards)|(?:moral|ethical)\s+(?:principles|obligations)|do\s+no\s+harm|(?:peaceful|humanitarian)\s+purposes|social\s+(?:justice|responsibility)|environmental\s+(?:harm|damage|destruction)|ecocide|(?:harm|harming|injure|injuring)\s+(?:humans|people|persons|any\s+person|others|the\s+environment))\b/i;
const OBLIGATION = /\b(?:shall|must|will|is\s+required\s+to|agrees?\s+to|in\s+a\s+manner\s+consistent\s+with|consistent\s+with|only|solely)\b/i;

/** "Good, not evil", human-rights or other ethical conditions on use. */
export const ethicalUse: Rule = {
  id: 'ethical-use',
  trigger: ['good', 'evil', 'human', 'ethic*', 'unethical', 'moral', 'immoral', 'improper', 'harm', 'harming', 'peaceful', 'humanitarian', 'social', 'environment*', 'ecocide', 'injur*'],
  title: 'Use is subject to an ethical condition',
  criteria: [6],
  severity: 'error',
  explanation: 'OSD 6 forbids restricting fields of use, however good the intent. Conditions such as "for Good, not Evil" or "consistent with human-rights principles" make every use depend on a moral judgement, and exclude whatever the licensor deems harmful.',
  suggestion: 'Remove the condition; state your values in a non-binding preamble if you wish.',
  fix: { title: 'Remove the ethical condition' },
  examples: {
    fail: [
      'The Program must only be used for peaceful purposes.',
      'Licensees shall use the Toolkit in a manner that respects internationally recognised human rights.',
      'You agree not to use the Work to harm people or the environment.',
      'The Library must not be used for immoral or improper purposes.',
    ],
    pass: [
      'We hope this software will be used for good; this hope is not a condition of the licence.',
      'Each contributor retains the moral rights granted by law.',
      'The authors disclaim liability for any harm to persons or property arising from use of the software.',
    ],
  },
  check(ctx) {
    const t = ctx.text;
    if (!has(ETHICAL, t) || ctx.facts.nonBinding || ctx.facts.disclaimer) return undefined;
    if (!has(OBLIGATION, t) && !ctx.facts.prohibits && !ctx.facts.leadInProhibits) return undefined;
    if (!/\b(?:use[ds]?|using|software|program|work|model|materials?|licensee|you)\b/i.test(t)) return undefined;
    return matchAt(ctx, ETHICAL);
  },
};

const IMPROVE_OTHERS = new Near(/\b(?:to\s+|for\s+)?(?:improve|train|training|develop|build|create|fine-tune|enhance|distil+|benchmark\s+against)\b/i, ['[^.;]{0,60}?', /\b(?:any\s+|an\s+|a\s+)?(?:other|competing|another|third-party|rival|similar|alternative)\s+(?:[\w-]+\s+){0,3}?(?:models?|LLMs?|AI|systems?|products?|services?|software|offerings?)\b/i]);
const COMPETE = /\b(?:compet(?:e|es|ing)\s+with|competitive\s+(?:products?|services?|offerings?)|competing\s+(?:products?|services?|offerings?|models?|business))\b/i;

/** Using the work or its outputs to improve other models, or to compete with the licensor. */
export const competingUse: Rule = {
  id: 'competing-use',
  trigger: ['compet*', 'other', 'another', 'rival', 'similar', 'alternative', 'third'],
  alsoNeeds: ['model', 'models', 'llm', 'llms', 'ai', 'system', 'systems', 'product', 'products', 'service', 'services', 'software', 'offering', 'offerings', 'business', 'compet*'],
  title: 'Using the work (or its outputs) to build or improve other products is forbidden',
  criteria: [6],
  severity: 'error',
  explanation: 'OSD 6 forbids restricting the purposes the program is used for. Banning use of the work or its outputs to train or improve other models, or to build competing products, excludes a whole field: research and development of alternatives.',
  suggestion: 'Remove the restriction; the work and its outputs may be used for any purpose, including improving other models.',
  fix: { title: 'Remove the competing-use restriction' },
  examples: {
    fail: [
      'Outputs of the Model may not be used to train any other machine learning model.',
      'You shall not use the Library to develop a product that competes with products of the Licensor.',
      'Licensee will not use generated text to fine-tune a competing language model.',
    ],
    pass: [
      'You may use the outputs of the Model for any purpose, including training other models.',
      'Contributors may work on competing projects.',
      'The Software is provided as is, without warranty of fitness for training other models.',
    ],
  },
  check(ctx) {
    const t = ctx.text;
    if (ctx.facts.nonBinding || ctx.facts.disclaimer) return undefined;
    const found = IMPROVE_OTHERS.exec(t) ?? COMPETE.exec(t);
    if (!found) return undefined;
    if (!ctx.facts.prohibits && !ctx.facts.leadInProhibits && !ctx.facts.voids) return undefined;
    return wholeClause(ctx);
  },
};

const HOSTED = /\b(?:(?:hosted|managed|cloud|online|network|software-as-a-|saas|web)\s+(?:service|offering)s?|as\s+a\s+service|software-as-a-service|SaaS|hosting(?!\s+(?:sites?|platforms?|providers?|services?\s+(?:like|such\s+as)|locations?))|hosted\s+or\s+managed|application\s+service\s+provider)\b/i;

/** A verb that connects the work to a service. */
const CONNECTING = /\b(?:connect|talk|communicat|interoperat|access|call)\w*/gi;
/** The text ends a few words after a verb that connects the work to a service: "… only to connect to the Halcyon Cloud". */
function connectsTo(before: string): boolean {
  const last = [...before.matchAll(CONNECTING)].pop();
  if (!last) return false;
  const rest = before.slice(last.index + last[0].length);
  return !/[.;:]/.test(rest) && rest.split(/\s+/).filter(Boolean).length <= 6;
}

/** Offering the work as a hosted or managed service is forbidden. */
export const hostedService: Rule = {
  id: 'hosted-service',
  trigger: ['service', 'services', 'offering', 'offerings', 'hosting', 'hosted', 'saas'],
  title: 'Offering the work as a hosted service is forbidden',
  criteria: [6],
  severity: 'error',
  explanation: 'OSD 6 forbids excluding fields of endeavour; running the software as a hosted or managed service, or selling hosting and support around it, is such a field.',
  suggestion: 'Remove the restriction. If you want network users to get the source, use a network copyleft condition (as the AGPL does) that applies to the work itself.',
  fix: { title: 'Remove the hosted-service restriction' },
  examples: {
    fail: [
      'You may not offer the Database to third parties as a managed cloud service.',
      'Providing the software as software-as-a-service is prohibited without our written consent.',
      'The licence does not extend to hosting the Program for others for a fee.',
    ],
    pass: [
      'If you run a modified version on a server, you must offer its users the source code of your version.',
      'You may host the Software for others.',
      'The licensor provides no hosting service and no warranty.',
    ],
  },
  check(ctx) {
    const t = ctx.text;
    if (!has(HOSTED, t) || ctx.facts.nonBinding || ctx.facts.disclaimer) return undefined;
    if (!has(PROHIBITION, ctx.scope) && !has(VOIDING, ctx.scope) && !ctx.facts.exclusive) return undefined;
    if (afterBreachNotCounted(t, HOSTED)) return undefined;
    // (A service the work connects to is a product tie, not a ban on hosting: "may be used only to connect to the Halcyon Cloud service".)
    const at = HOSTED.exec(t);
    if (at && connectsTo(t.slice(Math.max(0, at.index - 60), at.index))) return undefined;
    return matchAt(ctx, HOSTED);
  },
};

const REMOTE_CONTROL = new AnyOf(new Near(/\breserves?\s+the\s+right\s+to\s+(?:restrict|limit|disable|suspend|revoke|terminate)\b/i, ['[^.]{0,80}', /\b(?:usage|use|access)\b/i]), /\bremotely\s+(?:restrict|disable|limit|revoke)/i);

/** The licensor reserves a switch to restrict use later: worth a reviewer's eye. */
export const remoteRestriction: Rule = {
  id: 'remote-restriction',
  trigger: ['reserve', 'reserves', 'remotely'],
  title: 'The licensor reserves the right to restrict use later',
  criteria: [6],
  severity: 'information',
  explanation: 'A right to restrict or switch off use at the licensor\'s discretion means the permitted fields of use are not fixed by the licence. A reviewer should check what triggers it.',
  suggestion: 'Remove the reservation, or tie it only to breach of the licence terms themselves.',
  fix: { title: 'Remove the reservation' },
  examples: {
    fail: [
      'The Provider reserves the right to restrict, remotely or otherwise, use of the Model it considers improper.',
      'We may remotely disable any installation at our discretion.',
      'The Company reserves the right to suspend access to the Weights for any reason.',
    ],
    pass: [
      'The licence terminates automatically if you fail to comply with its terms.',
      'We reserve all rights not expressly granted.',
      'You may restrict access to your own deployment as you see fit.',
    ],
  },
  check(ctx) {
    return has(REMOTE_CONTROL, ctx.text) ? wholeClause(ctx) : undefined;
  },
};

export const osd6PolicyRules: readonly Rule[] = [acceptableUsePolicy, ethicalUse, competingUse, hostedService, remoteRestriction];
