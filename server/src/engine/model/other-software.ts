/**
 * OSD 9, the licence must not restrict other software: a decision over software other than the
 * work, named as such or standing beside it on the same medium, package or host.
 */
import { about, type Decide, forBreach, guardsRecipients, standalone, words } from './decide';
import type { Mention } from './provisions';
import { leavesProduct } from './product';
import type { Reading } from './reading';
import { AnyOf, Near } from '../near';

export const otherSoftware: Decide = (r, s) => {
  // Named other software ("any other database engine", "copyleft-licensed code"), or software that
  // merely stands beside the work ("every program distributed together with the Engine").
  const beside = r.has('other', 'alongside') ? r.all('other', 'beside').find((m) => r.governs(m, 12, true)) : undefined;
  // "… does not extend this licence to those programs": a carve-out that leaves other software alone.
  // (Nor a proviso about how the work is presented: "… provided that you do not advertise this Package as a product of your own".)
  // (Nor the work itself leaving a product: "lapse for a plugin upon its extraction from the Licensor's starter bundle" is OSD 8's.)
  if (standalone(r) || NOT_EXTENDING.test(r.text) || ownScope(r.text) || r.has('guard', 'origin') || leavesProduct(r, s)) return undefined;
  // (Nor a ban that bears on a name: "may sell this software, alone or bundled with other products, but may not market it under our trademarked name".)
  const bans = r.forces().filter((f) => !f.inherited && f.concept === 'prohibit');
  if (bans.length > 0 && bans.every((f) => r.all('object', 'name').some((n) => !n.inherited && n.from > f.to && n.from - f.to <= 8)) && !r.voids && !r.exclusive) return undefined;
  // "The copyleft obligations of this Licence extend to every program distributed on the same medium as the Work": the licence's terms reach what stands beside it.
  const reaches = reachesBeside(r.text);
  if (reaches) return { rule: 'restricts-other-software', criteria: [9], detail: `other software: ${reaches[1] ?? reaches[0]}` };
  // "Any firmware image including this driver must exclude all binary-only blobs", "Any repository that hosts a copy of the Library must host nothing licensed under …": what else the holder may carry.
  const keptOut = keepsOut(r.text);
  if (keptOut && !MARK_WORDS.test(r.text.slice(keptOut.index + keptOut[0].length))) return { rule: 'restricts-other-software', criteria: [9], detail: `other software: ${keptOut[0].replace(/\s+/g, ' ')}` };
  // "… as long as the distribution carries no ad-blocking tools", "If your image holds a miner anywhere, you lose the right to distribute …": the rights hang on what else the holder carries.
  const holds = r.voids ? HOLDS.exec(r.text) : null;
  const held = (holds && THEN_ENDS.test(r.text.slice(holds.index + holds[0].length)) ? holds : null) ?? (r.conditions || r.exclusive ? CARRIES_NONE.exec(r.text) : null);
  if (held && !forBreach(r) && !THE_WORK_HELD.test(r.text.slice(held.index + held[0].length)) && !MARK_WORDS.test(r.text.slice(held.index + held[0].length))) return { rule: 'restricts-other-software', criteria: [9], detail: `other software: ${held[0].replace(/\s+/g, ' ')}` };
  // "Aggregating this program with independent works … requires those works to be released under this licence".
  const aggregated = aggregateDemand(r.text);
  if (aggregated) return { rule: 'restricts-other-software', criteria: [9], detail: `other software: ${aggregated}` };
  // "… can't be distributed in any package that also contains another vendor's password manager": other software named, and the work barred from standing beside it.
  const ban = r.forces().find((f) => f.concept === 'prohibit' && !f.inherited);
  const place = ban && r.has('action', 'distribute') && !r.has('guard', 'shareAlike') ? r.all('other', 'alongside').find((m) => !m.inherited && m.from > ban.to && m.from - ban.to <= 8) : undefined;
  const named = place ? r.all('other', 'other').find((m) => !m.inherited && m.from >= place.to && m.from - place.to <= 6 && !ownCopyleft(r, m)) : undefined;
  if (named) return { rule: 'restricts-other-software', criteria: [9], ...about('other software', r, named) };
  // (Or named by where it stands, "on the same VM image as any telemetry agent": whatever shares the medium is other software.)
  const sameAs = place && /\bsame$/i.test(words(r, place)) ? SAME_MEDIUM_AS.exec(r.text.slice(place.end - r.provision.start, place.end - r.provision.start + 80)) : null;
  if (sameAs) return { rule: 'restricts-other-software', criteria: [9], detail: `other software: ${sameAs[1]}` };
  // (Or by what the holder also carries: "… in any server image that also contains a crypto miner".)
  const alsoHeld = place && /^(?:that\s+)?also\b/i.test(words(r, place)) ? /^\s*((?:an?|any|the|some)\s+[\w-]+(?:\s+[\w-]+)?)/i.exec(r.text.slice(place.end - r.provision.start)) : null;
  if (alsoHeld && !MARK_WORDS.test(alsoHeld[1])) return { rule: 'restricts-other-software', criteria: [9], detail: `other software: ${alsoHeld[1]}` };
  // (Under a share-alike guard only software marked as other: "Other models provided together with the Model must likewise be released under this licence".)
  const demanded = besideDemand(r, r.has('guard', 'shareAlike'));
  // Read from the words around a software noun rather than a named phrase: a human should look (a warning).
  if (demanded) return { rule: 'restricts-other-software', criteria: [9], severity: 'warning', detail: `other software: ${demanded}` };
  if (r.has('guard', 'shareAlike') && !r.needsConsent && !beside && !r.has('other', 'alongside')) return undefined;
  const other = r.all('other', 'other').find((m) => r.governs(m, 12, true) && !ownCopyleft(r, m)) ?? beside ?? besideSoftware(r);
  if (!other) return undefined;
  // (Or the licence ends where it stands beside other software: "All permissions cease if Licensee deploys the Library on any host where …".)
  const ends = r.voids && !forBreach(r);
  const narrowed = r.prohibits || ends || r.all('modal', 'exclusive').some((x) => r.near(x, other, 5));
  if (narrowed && (r.has('action', 'combine', 'distribute') || r.has('other', 'alongside') || /contain|include|execut|run|install|ship|bundl|preload/i.test(r.text))) return { rule: 'restricts-other-software', criteria: [9], ...about('other software', r, other) };
  if (r.obliges && (/\b(?:display|in its entirety)\b/i.test(r.text) || (beside && /\b(?:released|licensed|certified|approved|open.source)\b/i.test(r.text)))) return { rule: 'restricts-other-software', criteria: [9], ...about('other software', r, other) };
  return undefined;
};

/** The medium, then what else is on it: "[on the same] VM image as any telemetry agent". */
const SAME_MEDIUM_AS = /^\s*(?:[\w-]+\s+){0,2}?(?:images?|medium|media|dis[ck]s?|devices?|servers?|hosts?|machines?|vms?|containers?|isos?|packages?|distributions?|repositor(?:y|ies)|cds?|dvds?|usb\s+(?:sticks?|drives?)|appliances?)\s+as\s+((?:any|an?|other)\s+[\w-]+(?:\s+[\w-]+)?)/i;

/** The licence's own terms said to reach every program beside the work: "The copyleft obligations … extend to every program distributed on the same medium". */
const REACHES_BESIDE = new AnyOf(
  /\b(?:copyleft|share-?alike|source(?:-code)?|reciprocal|this|these|that|such)\s+(?:obligations?|requirements?|terms|conditions|provisions)\b[^.;]{0,40}?\b(?:extends?|appl(?:y|ies)|reach(?:es)?)\s+(?:also\s+)?to\s+((?:every|all|any|each|separate|independent|other)\s+(?:(?:other|and|independent|separate)\s+)*(?:programs?|software|works?|applications?|components?|tools?))\b[^.;]{0,60}?\b(?:same\s+(?:medium|media|disc|disk|device|archive|distribution|image|container|repository|channel)|alongside|together\s+with)\b/i,
  // "it extends to the source code of all other programs, such as operating systems …".
  /\b(?:extends?|appl(?:y|ies))\s+(?:also\s+)?to\s+(?:the\s+(?:source(?:\s+code)?|corresponding\s+source)\s+of\s+)?((?:all|every)\s+other\s+(?:programs?|software|applications?|components?))\b/i,
);

/** A holder of the work (an image, a package, a repository) told what else it may not carry. */
const HOLDER_OF_WORK = new Near(
  /\b(?:any|every|each|all|no)\s+(?:[\w-]+\s+){0,2}?(?:images?|distributions?|packages?|bundles?|media|medium|devices?|collections?|compilations?|archives?|containers?|repositor(?:y|ies)|stores?|installers?)\b/i,
  ['\\s+(?:that\\s+|which\\s+)?', /(?:includ|contain|ship|bundl|carr|distribut|host)\w*\s+(?:a\s+cop(?:y|ies)\s+of\s+)?(?:this|the)\s/i],
);
const MUST_KEEP_OUT = /\b(?:must|shall|may|can)\s+(?:not\s+(?:contain|include|ship|carry|bundle|host|distribute)|exclude|omit|(?:host|contain|include|carry|ship)\s+(?:nothing|only))\b/i;
/** The holder named, then (within a few words) what it may not carry; read in two steps so that no pattern has a gap. */
function keepsOut(text: string): RegExpExecArray | null {
  const holder = HOLDER_OF_WORK.exec(text);
  if (!holder) return null;
  const from = holder.index + holder[0].length;
  const rest = text.slice(from, from + 60).split(/[.;]/)[0];
  const must = MUST_KEEP_OUT.exec(rest);
  if (!must) return null;
  const m = [text.slice(holder.index, from + must.index + must[0].length)] as unknown as RegExpExecArray;
  m.index = holder.index;
  return m;
}
const HOLDERS = String.raw`(?:images?|isos?|distributions?|discs?|disks?|packages?|bundles?|medium|media|archives?|containers?|devices?|repositor(?:y|ies)|installers?|spins?|collections?)`;
/** "If your ISO has a miner on it anywhere, … you lose the right …": a right that ends with what else the holder carries. */
const HOLDS = new RegExp(String.raw`\bif\s+(?:your|the|any|a|an|such)\s+(?:[\w-]+\s+)?${HOLDERS}\s+(?:also\s+)?(?:holds?|contains?|includes?|carries|carry|ships?|has|have)\b`, 'i');
const THEN_ENDS = /^[^.;]{0,100}?\b(?:lose|loses|terminates?|void|voids|ceases?|revoked|no\s+longer)\b/i;
/** "as long as the spin carries no …", "provided that the image doesn't ship any …": a proviso on what else the holder carries. */
const CARRIES_NONE = new RegExp(String.raw`\b(?:as\s+long\s+as|provided\s+(?:that\s+)?|on\s+condition\s+that|only\s+if)\s+(?:the|your|such|that|its)\s+(?:[\w-]+\s+)?${HOLDERS}\s+(?:(?:carries|contains|includes|ships|holds|has)\s+no|(?:doesn't|does\s+not)\s+(?:ship|contain|include|carry|hold)\s+any)\b`, 'i');
/** What the holder carries is the work itself: "If your package includes the Software …". */
const THE_WORK_HELD = /^\s+(?:(?:a|an|any)\s+(?:modified\s+|altered\s+|unmodified\s+)?(?:copy|version)\s+of\s+)?(?:the|this|it\b|our)\s*(?:software|work|program|library|model|package|font|code|firmware|driver|\b)/i;
/** What is kept out is a mark or a notice: "… must not contain the Licensor's logo". */
const MARK_WORDS = /^[^.;]{0,60}?\b(?:names?|marks?|trademarks?|logos?|notices?|branding)\b/i;

/** The licence's terms reach what stands beside the work, and no "does not extend" says otherwise. */
export const reachesBeside = (text: string): RegExpExecArray | null => (NOT_EXTENDING.test(text) ? null : REACHES_BESIDE.exec(text));

/** "Copyleft obligations reach only …": the licence's own copyleft, not copyleft software. */
const ownCopyleft = (r: Reading, m: Mention): boolean =>
  /^copyleft$/i.test(r.text.slice(m.start - r.provision.start, m.end - r.provision.start)) && ['obligation', 'requirement', 'term', 'condition', 'provision', 'effect', 'scope', 'clause'].includes(r.provision.tokens[m.to]?.lemma ?? '');

/**
 * Software named after the place the force puts beside the work, however long the sentence ("may
 * not distribute the Program on the same disc, in the same archive or in the same download as any
 * software licensed under …"): an "other" or "beside" mention after a governed "alongside" one.
 */
function besideSoftware(r: Reading): Mention | undefined {
  if (r.word('aggregation', 'aggregate', 'independent', 'separate', 'unaffected') || NOT_EXTENDING.test(r.text) || guardsRecipients(r)) return undefined;
  const along = r.all('other', 'alongside').find((m) => !m.inherited && r.governs(m, 12, true));
  if (!along) return undefined;
  return [...r.all('other', 'other'), ...r.all('other', 'beside')].find((m) => !m.inherited && m.from >= along.from && m.from - along.to <= 14);
}

/** Kinds of software: a lower-case one that does not name the work ("the Software") is other software. */
const SOFTWARE_KINDS: ReadonlySet<string> = new Set(['model', 'dataset', 'checkpoint', 'software', 'program', 'application', 'app', 'library', 'runtime', 'interpreter', 'engine', 'tool', 'package', 'compiler', 'framework', 'environment', 'plugin', 'implementation', 'firmware', 'driver', 'component', 'module', 'binary', 'executable']);
const THE_WORK: ReadonlySet<string> = new Set(['the', 'this', 'our', 'such', 'said', 'licensed']);
const OTHERISH: ReadonlySet<string> = new Set(['other', 'another', 'unrelated', 'proprietary', 'compete', 'competing', 'rival', 'alternative', 'third', 'closed', 'incompatible', 'accompanying', 'commercial', 'own']);
const ANY: ReadonlySet<string> = new Set(['any', 'every', 'all', 'no', 'each', 'exclusively', 'solely', 'only']);
/** Works merely aggregated with this one made to take a licence: a duty on the others, not on this work (aggregation, then a duty, then the others released). */
const AGGREGATION = /\baggregat\w*/i;
const DUTY_WORD = /\b(?:requires?|must|shall)\b/i;
const OTHERS_RELEASED = /\b((?:those|such|the\s+other|other|independent|all)\s+(?:works|programs|software))\s+(?:to\s+)?(?:also\s+)?(?:be\s+)?(?:released|licensed|distributed|made\s+available)\b/i;
const aggregateDemand = (text: string): string | undefined => {
  const aggregation = AGGREGATION.exec(text);
  const duty = aggregation ? DUTY_WORD.exec(text.slice(aggregation.index)) : null;
  const others = aggregation && duty ? OTHERS_RELEASED.exec(text.slice(aggregation.index + duty.index)) : null;
  return others && !/[.;]/.test(text.slice(aggregation!.index, aggregation!.index + duty!.index + others.index)) ? others[1] : undefined;
};
/** What the licence's terms reach, said with the rest left out: "apply to this software only, not to other programs", "covers a contribution …, and no other software". */
const SCOPE_VERB = /\b(?:appl(?:y|ies)|covers?|extends?|reach(?:es)?)\b/i;
const REST_LEFT_OUT = /(?:,|\band|\bbut)\s+(?:not\s+(?:to\s+)?|never\s+(?:to\s+)?|no\s+)(?:any\s+)?other\b/i;
const ownScope = (text: string): boolean => {
  const verb = SCOPE_VERB.exec(text);
  const after = verb ? text.slice(verb.index, verb.index + verb[0].length + 90) : '';
  return verb !== null && REST_LEFT_OUT.test(after) && !/[.;]/.test(after.slice(0, REST_LEFT_OUT.exec(after)!.index));
};
/** "does not bring those programs under this licence", "does not reach any System Component", "are not bound by this licence": a carve-out. */
const NOT_EXTENDING = /\b(?:does|do|shall|will)\s+not\s+(?:make|bring|reach|apply|extend|cover|subject|place|cause)\b(?!\s+only\b)|\b(?:is|are)\s+not\s+(?:bound|governed|covered)\s+by\s+(?:this|these|the)\s+(?:licen[cs]e|terms|agreement)\b/i;

/**
 * Software standing beside the work (same medium, package, distribution, host) of which a duty,
 * condition or prohibition demands something: "provided that every such other program is made
 * available in source form", "no copy shall be recorded on any medium that also carries software
 * distributed under proprietary terms". Returns the words naming that software.
 */
export function besideDemand(r: Reading, otherOnly = false): string | undefined {
  // Beside the work, not combined with it: linking and incorporating are copyleft's ground.
  // (The place may be a collection the work is shipped in: "Bundles that include the Software", "any package repository that hosts it".)
  const places = [...r.all('other', 'alongside'), ...r.all('object', 'aggregate').filter((m) => !m.inherited)];
  if (places.length === 0) return undefined;
  // (Nor notices each part keeps: "… together with other models, each must carry its own licence notice".)
  if (guardsRecipients(r) || r.word('aggregation', 'aggregate', 'independent', 'separate', 'unaffected') || NOT_EXTENDING.test(r.text) || r.has('object', 'notice')) return undefined;
  const tokens = r.provision.tokens;
  const duties = r.all('modal', 'obligation', 'prohibit', 'exclusive', 'noRights', 'voiding').filter((m) => !m.inherited);
  if (duties.length === 0 && !r.conditions) return undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!SOFTWARE_KINDS.has(t.lemma)) continue;
    const surface = r.text.slice(t.start - r.provision.start, t.end - r.provision.start);
    // (Not a word of the place itself: "any package repository", "any software collection".)
    if (surface[0] !== surface[0].toLowerCase() || THE_WORK.has(tokens[i - 1]?.lemma ?? '') || places.some((m) => m.from <= i && i < m.to)) continue;
    // Software marked as other ("every other program", "unrelated proprietary programs"), or any
    // software where the sentence has put it beside the work ("any program in that suite").
    const before = tokens.slice(Math.max(0, i - 3), i).map((x) => x.lemma);
    // ("No software that collects telemetry may be installed on the same system image": a negated subject, the place after it.)
    // (Or the place just after it: "All plugins, tools and scripts distributed together with the Software must …".)
    const other = before.some((w) => OTHERISH.has(w));
    const marked = other || (!otherOnly && before.some((w) => ANY.has(w)) && places.some((m) => !m.inherited && (m.to <= i || before.includes('no') || (m.from > i && m.from - i <= 8))));
    if (!marked) continue;
    // The software as the subject, the place after it and the duty after that: "Other models provided together with the Model must …".
    const placedSubject = (d: Mention): boolean => d.from > i && d.from - i <= 16 && places.some((m) => m.from > i && m.to <= d.from) && /^(?:must|shall)\b/i.test(r.text.slice(d.start - r.provision.start));
    // "every other program", "any program", "all the other software": the force stands before it, close enough to bear on it
    // (or just after it, as its subject: "those apps also have to be free").
    if (duties.some((d) => (d.from < i && i - d.to <= 12) || placedSubject(d) || (d.from > i && d.from - i <= 3 && /^(?:must|shall|ha(?:ve|s)\s+to|need\s+to|may\s+not|must\s+not|shall\s+not)\b/i.test(r.text.slice(d.start - r.provision.start))))) return r.text.slice(tokens[Math.max(0, i - 2)].start - r.provision.start, t.end - r.provision.start);
  }
  return undefined;
}

