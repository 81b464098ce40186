/**
 * OSD 8, the licence must not be specific to a product: the rights hold only with, in, on or as part
 * of a particular product — the licensor's, a named one, or the one the work came with.
 */
import { Near } from '../near';
import { about, aboutSomethingElse, type Decide, onlyPersons, statesPractice, words } from './decide';
import type { Reading } from './reading';

/** More signs that the product is a particular one: "in connection with the Toolkit", a membership or subscription, "the Mariner product line". */
const OWNED_ALSO: readonly RegExp[] = [/\bin\s+connection\s+with\s+the\s+[A-Z]/, /\b(?:membership|subscription)\b/, /\b[A-Z][\w-]*\s+product\s+(?:line|family|range)\b/];

/** Wordings that exempt someone from an obligation. */
const EXEMPTION = /\bnot\s+apply\s+(?:where|when|if)\b|\breleased\s+from\s+(?:sections?|clauses?|the\s+obligations?)\b/i;
const NOT_EXTENDED = new Near(/\badditional\s+(?:\w+\s+)?licen[cs]e\b/i, ['[^.;]{0,60}', /\bnot\s+extended\b/i]);

/** Words that end a named product ("the Ferrox browser", "Brickpress CMS", "our editor Kodo"). */
const PRODUCT_NOUNS: ReadonlySet<string> = new Set(['app', 'application', 'browser', 'editor', 'engine', 'runtime', 'printer', 'printers', 'cms', 'workstation', 'suite', 'product', 'platform', 'device', 'devices', 'console', 'ide', 'launcher', 'environment', 'desktop', 'router', 'appliance', 'game', 'kit', 'sdk', 'studio', 'server', 'phone', 'handset', 'board', 'boards', 'camera', 'cameras', 'vehicle', 'vehicles', 'hardware', 'system', 'cloud', 'toolchain', 'framework', 'adapter', 'adapters', 'controller', 'controllers', 'cluster', 'headset', 'robot', 'robots', 'drone', 'drones', 'modem', 'installer', 'bundle']);
/** Capitalised words that name the work, the licence or its parts, not another product. */
const NOT_A_PRODUCT: ReadonlySet<string> = new Set(['software', 'licensor', 'licensee', 'work', 'works', 'program', 'licence', 'license', 'section', 'agreement', 'model', 'weights', 'library', 'user', 'users', 'you', 'terms', 'appendix', 'schedule', 'annex', 'exhibit', 'clause', 'article', 'part', 'source', 'code', 'documentation', 'firmware', 'component', 'module', 'extension', 'plugin', 'font', 'fonts', 'dataset', 'materials', 'material', 'package', 'covered', 'licensed', 'original', 'modified', 'derivative', 'contribution', 'contributor', 'i', 'mit', 'apache', 'gnu', 'gpl', 'bsd', 'osi', 'english']);
const PREPOSITIONS: ReadonlySet<string> = new Set(['with', 'w', 'within', 'inside', 'on', 'by', 'conjunction', 'in', 'for']);

/**
 * A named product the grant is narrowed to: "only with the Halcyon Engine", "exclusively in
 * conjunction with the Paperkite mobile application", "for sites built on Brickpress CMS only",
 * "only inside our editor Kodo". A capitalised name after a preposition, near "only", that is not the
 * work or a part of the licence; after "in" or "for" it must be followed by a kind of product (a
 * country after "only in" is OSD 5's business).
 */
export function namedProduct(r: Reading): string | undefined {
  const t = r.provision.tokens;
  const only = r.all('modal', 'exclusive').filter((m) => !m.inherited);
  if (only.length === 0) return undefined;
  for (let i = 1; i < t.length; i++) {
    const surface = r.text.slice(t[i].start - r.provision.start, t[i].end - r.provision.start);
    if (!/^[A-Z]/.test(surface) || NOT_A_PRODUCT.has(t[i].word)) continue;
    const back = t.slice(Math.max(0, i - 5), i).map((x) => x.word);
    const prep = [...back].reverse().find((w) => PREPOSITIONS.has(w));
    if (!prep) continue;
    const after = t.slice(i + 1, i + 4).map((x) => x.word);
    const kind = PRODUCT_NOUNS.has(t[i].word) || after.some((w) => PRODUCT_NOUNS.has(w)) || back.some((w) => PRODUCT_NOUNS.has(w) || w === 'our');
    // A kind of product must be named, unless "only" follows the name itself ("w/ HyperDesk only").
    if (!kind && t[i + 1]?.word !== 'only') continue;
    if (!only.some((m) => (m.from < i && i - m.to <= 12) || (m.from > i && m.from - i <= 5))) continue;
    const end = t[Math.min(t.length - 1, i + (after.findIndex((w) => PRODUCT_NOUNS.has(w)) + 1))];
    return r.text.slice(t[i].start - r.provision.start, end.end - r.provision.start);
  }
  return undefined;
}

/** The licensor's own kind of product, or a "genuine" one: "genuine printers", "the Licensor's development boards", "our app". */
const OWN_PRODUCT = /\b(?:genuine\s+(?:[\w-]+\s+){0,2}?|[\w]+-brand(?:ed)?\s+(?:[\w-]+\s+)?|(?:licensor|vendor|manufacturer)'s\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?|our\s+(?:own\s+)?(?:[\w-]+\s+)?)(?:apps?|applications?|printers?|boards?|devices?|hardware|platforms?|operating\s+systems?|consoles?|phones?|cameras?|vehicles?|routers?|appliances?|products?|servers?|cloud|launcher|editor|engine|headsets?|chips?|distributions?|editions?|routers?)\b/i;
/** Words that make the rights hold only so far: "only with", "as long as it stays", "contingent upon", "has to be for running on". */
const SO_FAR = /\b(?:only|solely|exclusively|as\s+long\s+as|so\s+long\s+as|provided\s+that|contingent\s+(?:up)?on|conditional\s+(?:up)?on|depend(?:s|ing)?\s+(?:up)?on|while\s+it|(?:must|has\s+to|have\s+to|needs?\s+to|shall)\s+be\s+(?:for|used\s+(?:on|with|in)))\b/i;
/** "granted for use of the Toolkit with …": a grant for use with something, which narrows it without "only". */
const GRANTED_FOR_USE_WITH = /\b(?:granted|licen[cs]ed)\s+(?:solely\s+|only\s+)?for\s+use\s+(?:of\s+(?:the\s+)?[\w-]+\s+)?(?:only\s+)?with\b/i;
/** A grant for one named product: "licensed for inclusion in Distribution X", "granted for use with the Halcyon Engine". */
const GRANTED_FOR_NAMED = /\b(?:[Ll]icen[cs]ed|[Gg]ranted|[Pp]rovided|[Mm]ade\s+available)\s+(?:solely\s+|only\s+)?for\s+(?:use|inclusion|distribution|bundling|incorporation)\s+(?:in|with|on|into)\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*)*)/;
/** Everyone else needs something more: "any other distributor must seek separate permission". */
const OTHERS_NEED = /\b(?:any|every|all)\s+other\s+(?:[\w-]+\s+){0,2}?(?:must|shall|will|needs?|requires?)\b/i;

/** Words of marks and notices: a rule on them is not about where the work runs. */
const MARKS = /\b(?:names?|marks?|trademarks?|logos?|notices?)\b/i;

/** The rights hold only with the licensor's own (or a genuine) product: the words that say which, and whether "only" or a condition says it. */
function ownProduct(r: Reading): { words: string; certain: boolean } | undefined {
  const own = OWN_PRODUCT.exec(r.text);
  if (!own || MARKS.test(r.text.slice(0, own.index)) || !r.has('action', 'use', 'distribute', 'copy', 'modify') && !r.word('licensed', 'granted', 'rights', 'permissions', 'licence', 'license', 'stays', 'remains')) return undefined;
  const limit = SO_FAR.exec(r.text);
  if (limit && limit.index < own.index) return { words: own[0], certain: true };
  return GRANTED_FOR_USE_WITH.test(r.text) ? { words: own[0], certain: false } : undefined;
}

/** Verbs and nouns of taking the work out of something: "separated from", "its removal from", "extraction of the font from", "exported from", "pulled out of". */
const LEAVE: ReadonlySet<string> = new Set(['separate', 'separated', 'separation', 'remove', 'removed', 'removal', 'extract', 'extracted', 'extraction', 'detach', 'detached', 'export', 'exported', 'pull', 'pulled', 'lift', 'lifted', 'take', 'taken', 'unbundle', 'unbundled', 'strip', 'stripped']);
/** Kinds of thing the work comes inside: "the bundle", "that environment". */
const CONTAINERS: ReadonlySet<string> = new Set([...PRODUCT_NOUNS, 'bundle', 'pack', 'distribution', 'image', 'package', 'archive', 'installer', 'release', 'environment', 'collection', 'container', 'notebook']);
/** What is taken out is a mark or notice, not the work: "remove the attribution from the App". */
const NOTICE_WORDS = /\b(?:names?|marks?|trademarks?|logos?|notices?|attributions?|credits?|banners?|headers?|labels?|copyright|legends?)\b/i;
/** The rights end or are not there: voided, none granted, "not covered", "you'll need a different licence", an elliptical "… do not". */
const RIGHTS_END = /\b(?:not\s+(?:be\s+)?covered|(?:need|require|seek|obtain)s?\s+(?:a\s+)?(?:different|separate|another|new)\s+(?:licen[cs]e|permission)|(?:do|does|shall|will|are|is)\s+not\W*$)/i;

/**
 * The rights end when the work leaves a particular product: "Weights separated from the Licensor's
 * release package are not covered", "terminates as to the tokenizer upon its removal from the Model
 * Package", "copies exported from that environment do not", "if you pull it out … you'll need a
 * different licence", "unless the Software remains part of the Complete Distribution". Returns the
 * words that name the product left.
 */
export function leavesProduct(r: Reading, s: { text: string }): string | undefined {
  const t = r.provision.tokens;
  const ends = r.voids || r.noRights || RIGHTS_END.test(r.text) || RIGHTS_END.test(s.text);
  if (!ends || r.aboutLicensor) return undefined;
  const surface = (k: number): string => r.text.slice(t[k].start - r.provision.start, t[k].end - r.provision.start);
  // The product after "from" / "out of" / "part of": capitalised, the licensor's or ours, "that environment", "the bundle".
  const productAt = (k: number): string | undefined => {
    for (let j = k; j < Math.min(t.length, k + 5) && !(j > k && t[j].stop); j++) {
      const w = t[j].word.replace(/'s$/, '');
      const named = /^[A-Z]/.test(surface(j)) && !['software', 'work', 'program', 'licensed', 'covered', 'original'].includes(w);
      const particular = ['licensor', 'vendor', 'our', 'that', 'this'].includes(w) || (CONTAINERS.has(w) && t[j - 1]?.word === 'the');
      if (!named && !particular) continue;
      // To the last capitalised word or the kind of container: "the Licensor's release package", "the Model Package".
      let last = j;
      for (let n = j + 1; n < Math.min(t.length, j + 5) && !t[n].stop; n++) if (CONTAINERS.has(t[n].word) || /^[A-Z]/.test(surface(n))) last = n;
      if (!named && !CONTAINERS.has(t[last].word)) continue;
      return r.text.slice(t[j].start - r.provision.start, t[last].end - r.provision.start);
    }
    return undefined;
  };
  for (let i = 0; i < t.length; i++) {
    const w = t[i].word;
    // "unless it remains part of X", "as long as it stays inside X".
    const stays = (w === 'remain' || w === 'remains' || w === 'stay' || w === 'stays') && t.slice(Math.max(0, i - 6), i).some((x) => x.word === 'unless') ? i + 1 : -1;
    const leaves = LEAVE.has(w) ? t.slice(i + 1, i + 8).findIndex((x, n, a) => x.word === 'from' || (x.word === 'out' && (a[n + 1]?.word === 'of' || !a[n + 1] || a[n + 1].word === 'for'))) : -1;
    if (stays < 0 && leaves < 0) continue;
    const from = stays >= 0 ? stays : i + 1 + leaves;
    if (NOTICE_WORDS.test(r.text.slice(t[i].start - r.provision.start, t[from].start - r.provision.start))) continue;
    const product = productAt(from) ?? (t[from].word === 'out' ? ownProductBefore(s.text.slice(0, Math.max(0, s.text.indexOf(r.text)) + t[i].start - r.provision.start)) : undefined);
    if (product) return product;
  }
  return undefined;
}

/** "but only inside our OS image; if you pull it out …": the licensor's product named earlier in the sentence. */
function ownProductBefore(before: string): string | undefined {
  return /\b(?:our|the\s+licensor's)\s+(?:[\w-]+\s+){0,2}?[\w-]+/i.exec(before)?.[0];
}

/** Rights that wait on use with a named product: "contingent on its use with a licensed copy of HostApp". */
const CONTINGENT_ON_PRODUCT = /\b(?:contingent|conditional|conditioned|dependent)\s+(?:up)?on\s+(?:its\s+|their\s+|the\s+)?(?:use|being\s+used|operation|installation)\s+(?:with|in|on|inside|within)\s+(?:an?\s+|the\s+)?(?:(?:licensed|genuine|valid)\s+)?(?:cop(?:y|ies)\s+of\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)/;
/** Somewhere other than the product: "in any other vehicle", "outside Polaris Hub", "anywhere other than inside Orca Assistant", "as a standalone component", "apart from that bundle", "on its own". */
const ELSEWHERE = /\b(?:any\s+other|(?:anywhere\s+)?other\s+than|outside(?:\s+of)?(?!\s+(?:the\s+)?(?:scope|terms?|conditions?|permissions?|(?:[\w-]+\s+)?(?:fields?|territory|territories|purposes?)(?:\s+of\s+use)?)\b)|apart\s+from|elsewhere|stand-?alone|on\s+its\s+own)\b/i;
/** …where the rights are not: "is not authorised", "no rights are granted", "requires a separate commercial grant", "all rights reserved". */
const NOT_THERE = /\b(?:not\s+(?:be\s+)?(?:authori[sz]ed|permitted|licen[cs]ed|allowed|covered|granted)|nothing\s+(?:herein|in\s+this\s+(?:licen[cs]e|agreement))\s+(?:shall\s+be\s+construed\s+as\s+|is\s+)?(?:licen[cs]ing|granting|authori[sz]ing|permitting)|no\s+(?:rights?|licen[cs]es?|permissions?)\b|requires?\s+(?:a\s+|the\s+)?(?:separate|licensor's|written|prior|commercial|additional)|all\s+rights\s+(?:are\s+)?reserved|unlicensed|outside\s+the\s+scope)/i;
/** A capitalised name after a word that ties something to it: "inside Orca Assistant", "with copies of Ashen Meridian", "by Corvane Motors". */
const NAME_AFTER_TIE = /\b(?:with|within|inside|in|on|into|of|for|by|from)\s+(?:(?:an?|the|copies\s+of|an?\s+official|official)\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)/g;
/** Words that go with sentences about names and marks or support, not about where the work may run. */
const NOT_WHERE = /\b(?:names?|marks?|trademarks?|logos?|support|warrant(?:y|ies)|liab(?:le|ility))\b/i;

/**
 * The rights hold with a named product and not elsewhere: "Installation in any other vehicle … is
 * not authorised", "Outside Polaris Hub no rights are granted", "Deploying the checkpoints anywhere
 * other than inside Orca Assistant requires a separate commercial grant". The provision says where
 * the rights are not; a product is named in the clause or the sentence before it.
 */
function notElsewhere(r: Reading, s: { text: string; before: string }): string | undefined {
  const away = ELSEWHERE.exec(r.text);
  if (!away || r.aboutLicensor || NOT_WHERE.test(r.text)) return undefined;
  // (Either side of it: "nothing herein shall be construed as licensing … in any other environment".)
  const after = NOT_THERE.exec(r.text.slice(away.index + away[0].length));
  const before = NOT_THERE.exec(r.text.slice(Math.max(0, away.index - 120), away.index));
  if (!(after && after.index <= 120) && !before) return undefined;
  for (const m of `${s.before} ${s.text}`.matchAll(NAME_AFTER_TIE)) {
    const first = m[1].split(/\s/)[0].toLowerCase();
    if (NOT_A_PRODUCT.has(first) || NOT_A_PRODUCT.has(m[1].split(/\s/).pop()!.toLowerCase()) || /^(?:Section|Schedule|Appendix|Annex|Exhibit|Article)$/i.test(first) || /\b(?:Act|Code|Law|Convention|Regulations?|Directive|Treaty)$/.test(m[1])) continue;
    return m[1];
  }
  return undefined;
}

/** The rights last while the work stays in a named product: "free to use … as long as it ships inside the Ferrous OS image", "covers them only as shipped in Kittiwake OS images". */
const WHILE_INSIDE = /\b(?:(?:as\s+long\s+as|so\s+long\s+as|provided\s+(?:that\s+)?|on\s+condition\s+that|only\s+(?:if|while|when)|while)\s+(?:it|they|the\s+[\w-]+|such\s+cop(?:y|ies)|cop(?:y|ies))\s+(?:(?:is|are|remains?|stays?)\s+)?|only\s+as\s+)(?:ships?|shipped|stays?|remains?|installed|distributed|bundled|runs?|run)\s+(?:inside|within|with|in|on|as\s+part\s+of)\s+(?:the\s+|an?\s+)?([A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*)*)(?:\s+([a-z][\w-]*))?/;
export function whileInside(text: string): string | undefined {
  const m = WHILE_INSIDE.exec(text);
  if (!m) return undefined;
  const names = m[1].split(/\s+/);
  const kind = [names[names.length - 1].toLowerCase(), m[2] ?? ''].find((w) => CONTAINERS.has(w) || CONTAINERS.has(w.replace(/s$/, '')));
  return kind && !NOT_A_PRODUCT.has(names[0].toLowerCase()) ? `${m[1]}${m[2] === kind ? ` ${kind}` : ''}` : undefined;
}

const productOnly: Decide = (r, s) => {
  if (statesPractice(r.text)) return undefined;
  const left = leavesProduct(r, s);
  if (left) return { rule: 'product-specific', criteria: [8], detail: `tied to: ${left}` };
  // (Further from the force where the product is the licensor's own: "applies only to copies … that run inside the Licensor's hosted platform".)
  const product = r.all('product').find((m) => r.governs(m, 14)) ?? r.all('product').find((m) => r.governs(m, 24) && /\b(?:licensor|vendor)'s\s+(?:[\w-]+\s+){0,2}$/i.test(r.text.slice(0, m.start - r.provision.start)));
  // An exemption or extra right that holds only within the licensor's product ("does not apply where the Software is used as part of the Licensor's Enterprise Edition").
  const exemption = (EXEMPTION.test(r.text) || NOT_EXTENDED.test(r.text));
  const inProduct = r.all('product').find((m) => /licensor|enterprise|part of/i.test(r.text.slice(Math.max(0, m.start - r.provision.start - 30), m.end - r.provision.start + 30)));
  if (exemption && inProduct && /\b(?:licensor|vendor)'s\b/i.test(s.text)) return { rule: 'product-specific', criteria: [8], ...about('exemption within', r, inProduct) };
  // "Where it is distributed with the Licensor's Starter Kit, you may modify it; in every other case, modification is prohibited."
  const earlier = s.clause.slice(0, s.clause.indexOf(r)).some((o) => o.all('product').some((m) => !m.inherited) && /\b(?:licensor|vendor)'s\b|\bour\s/i.test(o.text));
  if (!product && r.prohibits && earlier && /\b(?:in\s+(?:every|any|all)\s+other\s+cases?|otherwise)\b/i.test(r.text)) return { rule: 'product-specific', criteria: [8], detail: 'tied to: the product named before' };
  // "The licence for the plug-in is contingent on its use with a licensed copy of HostApp."
  const contingent = r.aboutLicensor ? null : CONTINGENT_ON_PRODUCT.exec(r.text);
  if (contingent && !NOT_A_PRODUCT.has(contingent[1].split(/\s/)[0].toLowerCase())) return { rule: 'product-specific', criteria: [8], detail: `tied to: ${contingent[1]}` };
  const inside = r.aboutLicensor || aboutSomethingElse(r) ? undefined : whileInside(r.text);
  if (inside) return { rule: 'product-specific', criteria: [8], detail: `tied to: ${inside}` };
  const elsewhere = notElsewhere(r, s);
  if (elsewhere) return { rule: 'product-specific', criteria: [8], detail: `tied to: ${elsewhere}`, ...(SO_FAR.test(s.text) ? {} : { severity: 'warning' as const }) };
  const named = !aboutSomethingElse(r) && (r.has('action', 'use', 'distribute', 'modify', 'copy') || r.word('license', 'licensed', 'licence', 'granted', 'free')) ? namedProduct(r) : undefined;
  if (named) return { rule: 'product-specific', criteria: [8], detail: `tied to: ${named}` };
  const forNamed = r.aboutLicensor ? undefined : GRANTED_FOR_NAMED.exec(s.text);
  if (forNamed && !NOT_A_PRODUCT.has(forNamed[1].split(/\s/)[0].toLowerCase())) return { rule: 'product-specific', criteria: [8], detail: `tied to: ${forNamed[1]}`, ...(OTHERS_NEED.test(s.text) ? {} : { severity: 'warning' as const }) };
  const own = r.aboutLicensor ? undefined : ownProduct(r);
  if (own) return { rule: 'product-specific', criteria: [8], detail: `tied to: ${own.words}`, ...(own.certain ? {} : { severity: 'warning' as const }) };
  const conditioned = r.all('modal', 'obligation').some((o) => /condition/i.test(words(r, o)));
  if (!product || aboutSomethingElse(r) || onlyPersons(r) || !(r.exclusive || r.voids || r.needsConsent || r.prohibits || conditioned)) return undefined;
  // The product is a particular one: the licensor's, a named one, or the one the work came with.
  const owned = /\b(?:licensor|vendor|author|publisher|manufacturer|company)'s\b|\bour\s+\w|\bofficial\s+(?:app\s+)?(?:store|marketplace|channel|platform|repository|website|site|distribution|editor|launcher)\b|\boem\b|\bas\s+part\s+of\s+(?:the\s+)?(?!Work|Software|Program|Package|Licensed|Original|Covered|Modified|Derivative)[A-Z]|\bbundled?\b|\btogether\s+with\s+(?:the\s+)?[A-Z]|\btogether\s+with\s+the\b|\b(?:by|for|from|of)\s+(?:or\s+for\s+)?the\s+(?:licensor|vendor|author|manufacturer)\b|\bgenuine\b|\b[A-Z][\w]*-brand(?:ed)?\b|\bseparated\s+from\b|\b(?:within|of|from)\s+the\s+(?!Work|Software|Program|Package|Licensed|Original|Covered|Modified|Derivative)[A-Z]\w+|\bextracted\s+from\b|\bseparately\s+from\b|\bfor\s+the\s+[A-Z][\w-]*\s+(?:app|application|device|product|platform|game|console|router|appliance|system)\b|\binside\s+the\s+(?:product|[A-Z])|\bonly\s+with\s+the\s+[A-Z]|\b(?:connect|communicate|talk)\s+(?:only\s+)?(?:to|with)\s+the\s+[A-Z]|\bbearing\s+the\b|\boriginally\s+supplied\b|\bcomplete\s+[A-Z]/.test(s.text.replace(/\b(?:Licensor|Vendor|Author|Publisher)\b/g, (w) => w.toLowerCase()));
  if (!owned && !OWNED_ALSO.some((re) => re.test(s.text))) return undefined;
  return { rule: 'product-specific', criteria: [8], ...about('tied to', r, product) };
};

/** A product that is a kind of technology (hardware, a platform, a cloud, a processor): tying the rights to it is OSD 10's business too. */
const TECHNOLOGY_KIND = /\b(?:hardware|platforms?|frameworks?|runtimes?|cloud|processors?|chips?|chipsets?|operating\s+systems?|architectures?|accelerators?|gpus?|cpus?)\b/i;

export const productSpecific: Decide = (r, s) => {
  const d = productOnly(r, s);
  if (!d) return undefined;
  // The words the decision names, or those just before a named product ("on computing hardware of the XR-9 family").
  const named = d.detail?.replace(/^[^:]*:\s*/, '') ?? '';
  const at = named ? r.text.indexOf(named) : -1;
  // (And the kind just after a bare "only with the": "only with the Licensor's proprietary training framework".)
  // (And what the product is fitted with, just after it: "devices fitted with a trusted platform module".)
  const fitted = at >= 0 ? /^\s+(?:fitted|equipped|provided)\s+with\s+[^,;.]{0,40}/i.exec(r.text.slice(at + named.length))?.[0] ?? '' : '';
  const around = at >= 0 ? r.text.slice(Math.max(0, at - 40), at + named.length + (/^only\s+\w+\s+the$/i.test(named) ? 50 : 0)) + fitted : named;
  return TECHNOLOGY_KIND.test(around) ? { ...d, criteria: [8, 10] } : d;
};
