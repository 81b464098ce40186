/**
 * OSD 2, 3 and 4 as decisions over provisions: the source withheld, obfuscated, refused or sold;
 * derived works forbidden, kept private or taken over; changes allowed only as patches.
 */
import type { Mention } from './provisions';
import type { Reading } from './reading';
import { AnyOf, Near } from '../near';
import { about, aboutSomethingElse, type Decide, type Decision, forBreach, guardsRecipients, onlyPersons, PAID_PERMISSION, words } from './decide';

/** Source code named as such ("source code", "source files", "the source"), not "several sources". */
/** A price for the source said to be more than copying costs: "unrelated to the cost of copying", "reflects the value of the Source Code", "above the cost of distribution". */
const ABOVE_COST = /\b(?:unrelated|not\s+related|without\s+regard|regardless|irrespective)\s+(?:to|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:costs?|expenses?)\b|\breflects?\s+the\s+value\b|\b(?:exceeds?|exceeding|above|more\s+than|in\s+excess\s+of)\s+the\s+(?:actual\s+|reasonable\s+)?(?:costs?|expenses?)\b/gi;
function priceAboveCost(text: string): string | undefined {
  for (const m of text.matchAll(ABOVE_COST)) {
    // (Not a cap: "a fee not exceeding the cost", "no more than the cost".)
    if (!/\b(?:not|no|never|nothing)\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) return m[0];
  }
  return undefined;
}

export const sourceCode = (r: Reading): Mention | undefined => r.all('object', 'source').find((m) => m.inherited || (/code|form|file|repositor|script|pipeline|data|provenance|^source$/i.test(words(r, m)) && !OTHER_SOURCE.test(r.text.slice(0, m.start - r.provision.start))));
/** "from any other source", "from another source": where copies come from, not source code; nor "open source", a kind of licence. */
const OTHER_SOURCE = /\b(?:other|another|any|third-party|unofficial|different|open)[\s-]+$/i;

/** Patch files may accompany the unaltered source: OSD 4's own exception. */
/** Modified source, as OSD 4 speaks of it: "modified source code", "altered source files". */
const MODIFIED_SOURCE = /\b(?:modified|altered|changed|patched)\s+(?:source|versions?|files?|form)\b|\bsource(?:\s+code)?\s+in\s+(?:a\s+)?(?:modified|altered|changed)\s+form\b/i;
/** "may distribute patch files with the original source", and as Chinese reads: "may use original source code together with patch file … distribute". */
const PATCHES_PERMITTED = new AnyOf(
  /\bmay\s+(?:\w+\s+){0,5}?(?:ship|distribute|include|provide|supply|accompany|publish)\b[^.;]{0,40}?\bpatch/i,
  new Near(/\bmay\b/i, ['[^.;]{0,60}?', /\bpatch\w*/i], ['[^.;]{0,60}?', /\b(?:distribut|ship|publish)\w*/i]),
);

/** Obfuscating the source forbidden: "may not be deliberately obfuscated", "shall not obfuscate". */
const OBFUSCATION_BANNED = /\b(?:may|shall|must|will)\s+not\s+(?:be\s+)?(?:deliberately\s+|intentionally\s+)?(?:obfuscated?|minified|minify|scrambled?)\b/i;

/** Copies only as they are: "verbatim only", "in unaltered form only". */
const VERBATIM_ONLY = /\bverbatim\s+only\b|\bonly\s+(?:byte|bit)-for-(?:byte|bit)\s+(?:copies|reproductions|duplicates)\b|\bun(?:altered|modified|changed)\s+form\s+only\b|\bonly\s+(?:in\s+)?(?:verbatim|un(?:altered|modified|changed))\s+(?:form|copies)\b/i;

/** Modified versions kept from the public. */
const PRIVATE_ONLY = /\b(?:stay|remain|be\s+kept|kept)\s+private\b|\bnot\s+with\s+the\s+(?:general\s+)?public\b|\bprivate(?:ly)?\s+only\b/i;
/** Modified versions shared with a counted few: "with no more than five named collaborators". */
const FEW = /\b(?:(?:no|not)\s+more\s+than|at\s+most|up\s+to)\s+(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|(?:a|one)\s+hundred)\s+(?:\(\d+\)\s+)?(?:[a-z-]+\s+)?(?:persons|people|recipients|collaborators|users|individuals|organi[sz]ations|companies|parties|entities|colleagues|developers)\b/i;
/** A count of derived works: "You may create up to three (3) derivative works". */
const FEW_DERIVED = /\b(?:(?:no|not)\s+more\s+than|at\s+most|up\s+to|a\s+maximum\s+of)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:\(\d+\)\s+)?(?:derivative\s+works|derived\s+works|modified\s+versions|adaptations|forks|fine-tunes|variants)\b/i;
/** Derived works for a time only: "may be distributed for a period of 90 days …, after which all distribution … must cease", "expires on 31 December 2026". */
const FOR_A_TIME = /\bfor\s+(?:a\s+period\s+of\s+)?(?:\d+|thirty|sixty|ninety)\s+(?:days|weeks|months|years)\b[^.;]{0,100}?\b(?:cease|stop|end|expire)|\b(?:expires?|lapses?|ends?)\s+on\s+(?:\d|[A-Z][a-z]+\s+\d)/;
/** Derived works made to pass the licensor's tests or certification before they go out. */
const CERTIFIED_FIRST = /\b(?:certified|approved|validated|accredited)\b|\bconformance\b|\btest\s+suite\b/i;
/** Parts of the work that must stay as supplied: "except the licence-check module, which must remain unaltered". */
const KEPT_UNALTERED = /\b(?:must|shall|are\s+to|has\s+to|have\s+to)\s+(?:remain|stay|be\s+(?:kept|left))\s+(?:unaltered|unmodified|unchanged|as\s+supplied|as\s+shipped)\b/i;
/** Changes that pass to the licensor: "assigns to the Licensor", "become the property of the Maintainers". */
/** "Only the Licensor may distribute modified versions …": a right over changes kept by the licensor alone. */
const LICENSOR_ALONE = /^\W*only\s+(?:the\s+)?(?:licensor|original\s+authors?|authors?|maintainers?|copyright\s+holders?|core\s+team|project\s+team)\s+(?:may|can|shall|is\s+(?:allowed|permitted|entitled)\s+to|are\s+(?:allowed|permitted|entitled)\s+to)\s+(?:(?:publish|distribute|release|share|redistribute)\s+(?:any\s+)?(?:modified|altered|changed|derived|derivative)|modify|alter|adapt|fork|change|make\s+(?:any\s+)?(?:changes|modifications|alterations|derivative\s+works|derivatives))\b/i;
const ASSIGNED = /\bassign(?:s|ed)?\s+(?:\w+\s+){0,2}?to\s+the\s+(?:licensor|author|maintainers?|copyright\s+holder|project)|\bbecomes?\s+the\s+(?:sole\s+|exclusive\s+)?property\s+of\b|\bvests?\s+in\s+the\s+(?:licensor|author|maintainers?|copyright\s+holder|project)\b/i;

/** Derived works to be licensed as the licensor chooses, or expressly not under these terms. */
const OVERRIDE = /\bonly\s+under\s+(?:such|a|the)\s+licen[cs]e\s+as\b|\bnot\s+under\s+(?:these|this)\s+(?:terms|licen[cs]e)\b|\bunder\s+(?:the\s+licensor's|our|its)\s+(?:own\s+)?(?:end.user|proprietary|standard|commercial|closed)|\bright\s+to\s+(?:determine|choose|select|decide)\s+the\s+licen[cs]e\b/i;

/** "in object code form only", "only in binary form", "binaries only" (not "in Executable form only if …"). */
const BINARY_ONLY = /\b(?:object\s+code|binary|executable|compiled|machine-readable)(?:\s+code)?\s+form\s+only\b(?!\s+(?:if|when|after|upon|where|while))|\bonly\s+(?:in|as)\s+(?:object\s+code|binary|executable|compiled)\b|\bbinar(?:y|ies)\s+only\b/i;

/** The rights to change the work, or to pass changes on, reserved to the licensor. */
const RESERVED_CHANGES = /\brights?\s+to\s+(?:prepare|make|create|produce|publish|distribute)\s+(?:\w+\s+){0,3}?(?:derivative|modifi|adaptation|translation|fork)[^.;]{0,60}?\b(?:are|is|remain)\s+(?:exclusively\s+|solely\s+)?reserved\b/i;

/** Source that is the output of a tool: "machine-generated", "emitted by our compiler", "generated from the Licensor's modelling language". */
const GENERATED = /\b(?:machine-generated|decompil(?:ation|ed)|disassembl(?:y|ed)|intermediate\s+(?:code|forms?|representations?)|pre-?compiled|bytecode|quanti[sz]ed|object\s+files|blobs?|(?:signed|binary|hex)\s+images|embedding\s+vectors|from\s+which\s+(?:\w+\s+){0,3}?(?:was|were|is|are)\s+(?:derived|computed|generated|built|compiled|trained)|(?:is|are|files?|code|sources?)\s+(?:\w+\s+){0,3}?generated\s+(?:from|by)|generated\s+(?:output|code|files?|sources?)|emitted\s+by|(?:the\s+)?output\s+of\s+(?:\w+\s+){0,3}?(?:compiler|generator|translator|preprocessor|transpiler|tool)|output\s+(?:\w+\s+){0,2}?(?:generated|produced|emitted)\s+by)\b/i;
/** What it was generated from is not given: proprietary, withheld, not included or not obtainable. */
const KEPT_BACK = /\b(?:retained\s+by|without\s+(?:the\s+)?(?:corresponding\s+)?source|no\s+source(?:\s+code)?\s+is\s+(?:provided|supplied|included|given)|(?:are|is|remain)\s+(?:\w+\s+){0,2}?(?:proprietary|confidential|withheld)|(?:not|neither)\s+(?:be\s+)?(?:licensed|included|distributed|provided|obtainable|available|made\s+available|supplied|released|offered)(?:\s+(?:or|nor|and)\s+(?:\w+\s+)?\w+)?)\b/i;

/** "Minified or generated output is not source form": what the source is, defined by what it is not. */
const NOT_SOURCE = /\b(?:is|are)\s+not\s+(?:(?:considered|deemed|regarded\s+as|treated\s+as)\s+)?(?:the\s+)?(?:source(?:\s+(?:form|code))?|(?:the\s+)?preferred\s+form)\b|\b(?:does|do)\s+not\s+(?:qualify|count)\b/i;
/** Verbs of getting or giving the source, after a refusal: "no right to obtain", "does not provide". */
const SOURCE_VERBS = new Set(['entitle', 'entitled', 'obtain', 'access', 'receive', 'get', 'request', 'provide', 'supply', 'publish', 'release', 'disclose', 'deliver', 'give', 'share']);
/** The source is said to be given: "the unminified source … is included in the src/ directory". */
const SOURCE_GIVEN = /(?<!\bno\s)\bsource\b[^.;]{0,60}?\b(?:is|are)\s+(?:also\s+)?(?:included|provided|supplied|shipped|published|made\s+available)\b(?!\s+(?:in\s+(?:an?\s+)?)?(?:encrypted|obfuscated|compiled|scrambled|minified|binary)|[^.;]{0,30}?\b(?:only|solely|exclusively|upon|on\s+request|fee|paying|premium|enterprise|subscri\w*|customers|members|partners)\b)/i;
/** "… shall be deemed to constitute the Source Code": a compiled form called source. */
const DEEMED_SOURCE = /\b(?:deemed|considered|treated)\s+(?:to\s+(?:be|constitute)|as)\s+(?:the\s+)?source\b|\b(?:shall|will|is\s+to|are\s+to)\s+constitute\s+the\s+source\b/i;

/** A duty to give the preferred form of the work for making modifications: the opposite of withholding it. */
const REQUIRES_PREFERRED_FORM = /\b(?:must|shall|will)\s+(?:\w+\s+){0,3}?(?:provide|include|make\s+available|distribute|supply|give|be)\b[^.;]{0,60}\b(?:preferred\s+form|form\s+you\s+(?:actually\s+)?(?:edit|work\s+on|modify))\b/i;
/** What follows a verb of change when the thing changed is not the work: "… change the terms of this Licence", "… modify the website". */
const NOT_THE_WORK = /^\s+(?:to\s+)?(?:(?:the|this|these|its|our|any)\s+)?(?:(?:[\w-]+\s+){0,2}?(?:licen[cs]es?|terms|agreement|conditions|polic(?:y|ies)|website|documentation|notices?|names?|trademarks?|versions?\s+of\s+th(?:is|e)\s+licen[cs]e)\b)/i;
/** Which things the licence reaches: "… are covered by our licence". */
const COPYLEFT_REACH = /\b(?:are|is)\s+(?:covered|governed)\s+by\s+(?:our|this|the)\s+licen[cs]e\b/i;
/** The same form named by who edits it: "in the form the authors themselves edit", "the form you yourself use to edit it" (a duty in the sentence, "form", then its editors and "edit" or "modify" within five words). */
const formTheyEdit = (r: Reading): boolean => {
  const t = r.provision.tokens;
  // (A duty: a modal, or an item that begins with a verb of giving, "- provide the source in the form you yourself use to edit it".)
  const first = t.find((x) => /\w/.test(x.word));
  if (!t.some((x) => ['must', 'shall', 'will'].includes(x.word)) && !['provide', 'include', 'give', 'ship', 'supply', 'publish', 'distribute', 'offer'].includes(first?.word ?? '')) return false;
  return t.some((x, i) => x.word === 'form' && !t.slice(Math.max(0, i - 3), i).some((y) => ['not', 'never', 'no', "n't"].includes(y.word)) && t.slice(i + 1, i + 6).some((y) => ['author', 'authors', 'developer', 'developers', 'we', 'they', 'you', 'yourself'].includes(y.word)) && t.slice(i + 1, i + 7).some((y) => y.lemma === 'edit' || y.lemma === 'modify'));
};

/** A "not", "never" or "no" within two words before the mention ("not obfuscated", "never encrypted"), or the opening "No" of its sentence. */
const negated = (r: Reading, m: Mention): boolean =>
  r.provision.tokens.slice(Math.max(0, m.from - 2), m.from).some((t) => ['not', 'never', 'no', 'neither', 'nor'].includes(t.word)) ||
  r.forces().some((f) => f.concept === 'prohibit' && f.from === 0 && /^(?:no|neither)$/i.test(words(r, f)));
/** A definition of the source itself: "\"Source Code\" means …". */
const DEFINED_SOURCE = /^\W*(?:for\s+the\s+purposes?\s+of\s+this\s+\w+,\s*)?"?source(?:\s+code|\s+form)?"?\s+(?:shall\s+)?(?:means?|refers?\s+to)\b/i;

/**
 * "\"Source Code\" means the output generated by the Licensor's build preprocessor": the source
 * defined as an intermediate form, which OSD 2 names as not allowed. (A definition binds nobody
 * by itself, so this is the one decision asked of it.)
 */
export const sourceDefinedAsGenerated = (r: Reading): Decision | undefined => {
  const generated = DEFINED_SOURCE.test(r.text) ? GENERATED.exec(r.text) : null;
  // (Not the preferred form, nor a definition that leaves generated output out: "… does not include the output of a code generator".)
  if (!generated || /\bprefer(?:red|s)?\b/i.test(r.text) || /\b(?:not|excluding|except|rather\s+than|instead\s+of|other\s+than)\b/i.test(r.text.slice(0, generated.index))) return undefined;
  return { rule: 'source-withheld', criteria: [2], detail: 'the source defined as a generated, intermediate form' };
};

/** "\"Source Code\" as used herein excludes build scripts, makefiles …": the source defined without what it takes to build it. */
const SOURCE_EXCLUDES = /^\W*source(?:\s+code|\s+form)?\W+(?:[\w,]+\s+){0,4}?(?:excludes|does\s+not\s+include|shall\s+not\s+include|doesn't\s+include)\b/i;
/** "The published source excludes …": the same, with the source named by how it is given. */
const PUBLISHED_SOURCE_EXCLUDES = /^\W*(?:the|our|its)\s+(?:published|released|distributed|public|provided)\s+source(?:\s+code)?\s+(?:excludes|omits|does\s+not\s+include|doesn't\s+include)\b/i;
/** The build parts as the subject, left out of the source: "Build scripts … are excluded from the Source Code". */
const PARTS_EXCLUDED = /^\W*(?:the\s+)?(?:build\s+scripts?|makefiles?|build\s+files?|installation\s+scripts?|interface\s+definition\s+files?)\b[^.;]{0,80}?\b(?:are|is)\s+(?:excluded|omitted|withheld|removed|left\s+out)\s+from\s+the\s+source\b/i;
const BUILD_PARTS = /\b(?:build\s+scripts?|makefiles?|(?:scripts?|files?|material)\s+used\s+to\s+(?:control|build|compile)|control\s+(?:the\s+)?compilation|installation\s+scripts?|interface\s+definition\s+files?|training\s+(?:code|scripts?)|hyperparameters?)\b/i;
/** The licensor says it gives the source: "We publish source tarballs on our website" (not only to some, nor for a fee). */
const LICENSOR_GIVES_SOURCE = /^\W*(?:we|the\s+licensor|the\s+authors?|the\s+maintainers?)\s+(?:publish|provide|release|distribute|make\s+available|host|offer)\w*\s+(?:the\s+|all\s+|its\s+|our\s+)?(?:complete\s+|full\s+)?source\b(?![^.;]{0,40}?\b(?:only|solely|exclusively|upon|on\s+request|fee|paying|premium|enterprise|subscri\w*|customers|members|partners)\b)/i;
/** Data that cannot be shared, described in full instead, as the Open Source AI Definition allows: "publishes a complete description of all of it". */
const DATA_DESCRIBED = /\b(?:publish\w*|provide\w*|release\w*|disclose\w*)\s+(?:a\s+|the\s+)?(?:complete|full|detailed)\s+(?:description|list|record|account)\s+of\s+(?:all\s+(?:of\s+)?)?(?:it|them|the\s+(?:training\s+)?data)\b/i;
/** What is withheld is another work: "our hosted dashboard, which is a separate program not covered by this licence". */
const SEPARATE_WORK = /\bseparate\s+(?:program|product|work|service|application|component)\b|\bnot\s+(?:covered|licensed)\s+(?:by|under)\s+this\s+licen[cs]e\b/i;
/** "The training code is published, but the settings used to produce the checkpoints are not": the verb of giving left out after "but … not". */
const GIVEN_VERB = /\b(?:is|are)\s+(?:also\s+)?(?:published|provided|released|included|supplied|made\s+available|available|shared|distributed)\b/i;
const BUT = /\bbut\s/i;
const ENDS_NOT = /\s(?:are|is)\s+not\W*$/i;
/** What "but … are not" leaves ungiven, and where it starts, or undefined. */
function elidedWithheld(text: string): { words: string; at: number } | undefined {
  const given = GIVEN_VERB.exec(text);
  if (!given) return undefined;
  const from = given.index + given[0].length;
  const but = BUT.exec(text.slice(from));
  const end = ENDS_NOT.exec(text);
  if (!but || !end || but.index > 40 || /[.;]/.test(text.slice(from, from + but.index))) return undefined;
  const at = from + but.index + but[0].length;
  const words = text.slice(at, end.index);
  return words.length >= 3 && words.length <= 140 && !/[.;]/.test(words) ? { words, at } : undefined;
}
/** A generated form that is the whole of what is licensed: "Intel HEX images, which constitute the complete form in which it is licensed". */
const THE_ONLY_FORM = /\b(?:complete|only|entire|sole)\s+form\s+in\s+which\b/i;

/** The source given is less than the source: defined without its build parts, only a generated form, or the rest left unsaid after "but … not". */
function sourceCutShort(r: Reading): Decision | undefined {
  if (((SOURCE_EXCLUDES.test(r.text) || PUBLISHED_SOURCE_EXCLUDES.test(r.text)) && BUILD_PARTS.test(r.text)) || PARTS_EXCLUDED.test(r.text)) return { rule: 'source-withheld', criteria: [2], detail: 'the source defined without what it takes to build it' };
  if (THE_ONLY_FORM.test(r.text) && GENERATED.test(r.text)) return { rule: 'source-withheld', criteria: [2], detail: 'a generated form is all that is licensed' };
  const elided = elidedWithheld(r.text);
  if (elided) {
    const kept = r.all('object', 'source').find((m) => !m.inherited && m.start - r.provision.start >= elided.at);
    if (kept || BUILD_PARTS.test(elided.words)) return { rule: 'source-withheld', criteria: [2], detail: `not given: ${elided.words.trim()}` };
  }
  return undefined;
}

// OSD 2: source code.
/**
 * Source given but for a part whose source is not: "Firmware sources are supplied, save for the radio
 * stack, which is included as a vendor binary whose source is neither provided nor obtainable". An
 * exception, then the source again, then a negation and a verb of giving it. Returns the words of
 * the exception.
 */
function partWithheld(r: Reading): string | undefined {
  const t = r.provision.tokens;
  // (A part, not a circumstance: "except where …"; nor a part offered another way: "… in which case you may request it".)
  const except = r.all('modal', 'exception').find((x) => !x.inherited && !['where', 'when', 'if', 'as', 'to', 'in', 'that'].includes(t[x.to]?.word ?? ''));
  if (!except || /\b(?:request|offer|on\s+demand|upon\s+asking)\b/i.test(r.text)) return undefined;
  const source = r.all('object', 'source').find((m) => m.from > except.to);
  if (!source) return undefined;
  for (let i = source.to; i < Math.min(t.length, source.to + 4); i++) {
    if (!['not', 'neither', 'never'].includes(t[i].lemma) && t[i].word !== "n't") continue;
    if (t.slice(i + 1, i + 3).some((x) => SOURCE_VERBS.has(x.lemma) || ['provided', 'published', 'released', 'available', 'obtainable', 'supplied', 'disclosed'].includes(x.word))) return words(r, except) + r.text.slice(except.end - r.provision.start, t[Math.min(t.length - 1, except.to + 2)].end - r.provision.start);
  }
  return undefined;
}

export const sourceWithheld: Decide = (r, s) => {
  const defined = sourceDefinedAsGenerated(r) ?? sourceCutShort(r);
  if (defined) return defined;
  // "Source code may not be deliberately obfuscated": a duty to give real source, which OSD 2 asks for, not source withheld.
  const banned = OBFUSCATION_BANNED.exec(r.text);
  if (banned && r.all('action', 'withhold').every((w) => w.start - r.provision.start >= banned.index && w.end - r.provision.start <= banned.index + banned[0].length)) return undefined;
  const decompile = r.own('action', 'decompile');
  // (Not a part taken out of a product to be used on its own, "if it is extracted and used separately", which is OSD 8's.)
  const extracted = decompile !== undefined && /^extract/i.test(words(r, decompile)) && (r.has('guard', 'standalone') || /\bseparately\b|\bon\s+its\s+own\b|\bfrom\s+(?:the|this|that)\s+(?:product|platform|bundle|distribution|package|suite)\b/i.test(r.text));
  if (decompile && !extracted && r.governs(decompile, 6) && r.prohibits && !r.has('object', 'name', 'notice')) return { rule: 'reverse-engineering-ban', criteria: [2], ...about('forbidden', r, decompile) };
  const blob = partWithheld(r);
  if (blob && !aboutSomethingElse(r)) return { rule: 'source-withheld', criteria: [2], detail: `source withheld for: ${blob}` };
  if (aboutSomethingElse(r) || REQUIRES_PREFERRED_FORM.test(s.text) || formTheyEdit(r) || NOT_SOURCE.test(r.text) || SOURCE_GIVEN.test(r.text) || LICENSOR_GIVES_SOURCE.test(s.text) || SEPARATE_WORK.test(r.text) || DATA_DESCRIBED.test(s.text)) return undefined;
  // The source given is generated (the output of a compiler, generator or translator) and what it is generated from is kept back: OSD 2's "intermediate forms".
  if (DEEMED_SOURCE.test(r.text) && GENERATED.test(s.text)) return { rule: 'source-withheld', criteria: [2], detail: 'a compiled or generated form deemed to be the source' };
  if (KEPT_BACK.test(r.text) && (GENERATED.test(s.text) || GENERATED.test(s.before)) && r === s.clause[s.clause.length - 1]) return { rule: 'source-withheld', criteria: [2], detail: 'an intermediate form given as source; the form it is generated from is kept back' };
  // "If you need the source, open a ticket … and we'll decide whether to share it": the source at the licensor's discretion.
  // "Source code for the Server is available to holders of a Premium Support subscription": the source kept for those who pay.
  const paying = r.own('object', 'source') ? SOURCE_FOR_PAYING.exec(r.text) : null;
  if (paying && !r.has('fee', 'free')) return { rule: 'source-withheld', criteria: [2], detail: `source for: ${paying[1]}` };
  if (r.own('object', 'source') && SOURCE_AT_DISCRETION.test(r.text)) return { rule: 'source-withheld', criteria: [2], detail: `source at the licensor's discretion: ${SOURCE_AT_DISCRETION.exec(r.text)![0]}` };
  // "… must be the form you actually edit, not obfuscated"; "No release … will be encrypted": withholding negated is a promise.
  const withheld = [r.own('action', 'withhold')].find((w) => w && !negated(r, w) && !r.insideCondition(w.start - r.provision.start));
  // (Not where copies come from: "copies from other sources".)
  const source = [r.own('object', 'source')].find((m) => m && !OTHER_SOURCE.test(r.text.slice(0, m.start - r.provision.start)));
  // "… is licensed to you in object code form only"; "distribution in source code form is not permitted".
  const binaryOnly = BINARY_ONLY.exec(r.text);
  // (Not inside a leading condition: "Where the Software is distributed in object code only, the distributor must tell recipients where the source is".)
  if (binaryOnly && !r.insideCondition(binaryOnly.index) && r.word('license', 'licensed', 'provide', 'provided', 'distribute', 'distributed', 'available', 'supplied', 'delivered')) return { rule: 'source-withheld', criteria: [2], detail: `binaries only: ${binaryOnly[0]}` };
  const forbidden = r.forces().filter((f) => f.concept === 'prohibit' || f.concept === 'noRights');
  // (Not a duty to give it: "may not distribute the Software without providing the source code".)
  const given = (d: Mention): boolean => r.provision.tokens.slice(Math.max(0, Math.min(d.from - 3, source ? source.from - 3 : d.from)), Math.max(d.from, source?.from ?? 0)).some((t) => t.word === 'without');
  // (Nor a cost named after copying: "can't charge more than the copying cost for the source".)
  const costOf = (d: Mention): boolean => /^(?:costs?|fees?|prices?|charges?|expenses?)$/.test(r.provision.tokens[d.to]?.word ?? '');
  const sourceShared = source && r.all('action', 'distribute', 'copy').find((d) => Math.abs(d.from - source.from) <= 6 && !given(d) && !costOf(d) && forbidden.some((f) => f.inherited || (f.from < d.from ? d.from - f.to <= 4 : f.from - d.to <= 8)));
  // (Not modified source kept to patches beside the original, which OSD 4 allows: "may not distribute modified source code directly, but may distribute patch files with the original source code".)
  const asPatches = MODIFIED_SOURCE.test(r.text) && PATCHES_PERMITTED.test(s.text);
  if (source && sourceShared && !asPatches && !guardsRecipients(r) && !r.has('object', 'notice', 'name')) return { rule: 'source-withheld', criteria: [2], ...about('source not redistributable', r, source) };
  // Source for a price said to exceed what copying costs: "the Licensor may charge RMB 50,000 per copy, a fee unrelated to the cost of copying".
  const above = source && sourceCode(r) && r.has('fee', 'money', 'pay') ? priceAboveCost(s.text) : undefined;
  if (above && !guardsRecipients(r)) return { rule: 'source-withheld', criteria: [2], detail: `source for a price: ${above}` };
  // Source for a price the licensee must pay: a verb of paying, or a fee the source is conditioned on.
  const price = source && sourceCode(r)
    ? r.all('fee', 'money', 'pay').find((m) => r.near(m, source, 12) && (m.concept === 'pay' || r.obliges || r.needsConsent || r.exclusive || /\baccompanied\s+by\b|\bupon\b/i.test(r.text)))
    : undefined;
  if (source && price && !r.prohibits && !r.has('soft', 'costOnly') && !r.has('fee', 'free') && !guardsRecipients(r)) return { rule: 'source-withheld', criteria: [2], severity: 'warning', ...about('source for a fee', r, price) };
  // Withheld near the source, or the source heads the sentence that withholds it ("The training code, … and a description of the training data are proprietary and will not be provided").
  const heads = source !== undefined && withheld !== undefined && source.from <= 2 && withheld.from > source.from;
  if (source && ((withheld && (r.near(withheld, source, 10) || heads)) || (r.exclusive && r.all('who').some((w) => r.near(w, source, 10))))) return { rule: 'source-withheld', criteria: [2], ...about('source', r, withheld ?? source) };
  if (withheld && r.has('object', 'work') && /encrypt|obfuscat/i.test(r.text)) return { rule: 'source-withheld', criteria: [2], ...about('form', r, withheld) };
  // "Recipients have no right to obtain the source code"; "The Licensor does not provide … any corresponding source code".
  const refused = source && sourceCode(r) ? r.forces().find((f) => !f.inherited && (f.concept === 'prohibit' || f.concept === 'noRights') && f.from < source.from && source.from - f.to <= 12 &&
    r.provision.tokens.slice(f.to, Math.min(f.to + 4, source.from)).some((t) => SOURCE_VERBS.has(t.lemma))) : undefined;
  if (refused && !r.insideCondition(refused.start - r.provision.start)) return { rule: 'source-withheld', criteria: [2], ...about('source refused', r, refused) };
  return undefined;
};

/** Source published only some time after the work: "will be made public 24 months after each release". */
const DELAYED = /\b(?:\d+|one|two|three|six|nine|twelve|eighteen|twenty-four|thirty-six)\s+(?:months?|years?)\s+(?:after|from|following)\b/i;
/** Source published only once a sales or funding mark is reached: "once the project has sold ten thousand licences". */
const MILESTONE = /\b(?:once|when|after|until)\s+(?:the\s+)?(?:project|licensor|software|product|we)\s+(?:has\s+|have\s+)?(?:sold|raised|reached|earned|recouped|received)\b[^.;]{0,40}/i;
/** Source that lags the work: "only at the end of each fiscal year", "only for versions that are at least two releases old". */
const LAGGING = /\bat\s+the\s+end\s+of\s+(?:each|every|the)\s+(?:fiscal\s+|calendar\s+|financial\s+)?(?:year|quarter)\b|\b(?:\d+|one|two|three|four|five)\s+(?:major\s+)?(?:releases?|versions?)\s+(?:old|behind)\b/i;
const PUBLISHED = /\b(?:made\s+public|made\s+available|(?:make|made)\s+publicly\s+available|published|released|opened|disclosed|(?:we|licensor)\s+(?:\w+\s+)?(?:release|publish|open|disclose))\b/i;

/** The source given only after a delay, or at the licensor's choice to withdraw it. */
export const sourceDelayed: Decide = (r) => {
  const source = sourceCode(r);
  const delay = DELAYED.exec(r.text) ?? MILESTONE.exec(r.text) ?? (r.exclusive ? LAGGING.exec(r.text) : null);
  if (!source || !delay || !PUBLISHED.test(r.text) || r.has('guard', 'shareAlike') || /\bat\s+the\s+latest\b|\bwithin\b/i.test(r.text)) return undefined;
  // (Certain where "only" says so: "we only release it at the end of each fiscal year".)
  return { rule: 'source-withheld', criteria: [2], ...(r.exclusive ? {} : { severity: 'warning' as const }), detail: `source only ${delay[0]}` };
};

/** Permission for derived works that the licensor may take back: "may at any time withdraw permission to distribute a particular derivative work". */
const WITHDRAWS = /\b(?:withdraw|revoke|rescind|cancel)\b/i;
export const derivedRevocable: Decide = (r) => {
  if (!r.has('action', 'modify') || !r.has('subject', 'licensor') || !WITHDRAWS.test(r.text) || forBreach(r)) return undefined;
  const modify = r.all('action', 'modify').find((m) => /deriv|modif|adapt|fork|version/i.test(words(r, m)));
  return modify && r.word('permission', 'license', 'licence', 'right', 'rights', 'consent') ? { rule: 'no-modification', criteria: [3], ...about('permission the licensor may withdraw', r, modify) } : undefined;
};

// OSD 3: derived works.
/** A sentence whose subject points back: "They may not …", "Such versions shall not …". */
const ANAPHOR_SUBJECT = /^\W*(?:they|these|those|such\s+(?:versions?|copies|works?|models?|mods?))\b/i;
/** A sentence that opens on a derived work: "Fine-tuned, quantised or otherwise adapted versions of the Model …". */
const DERIVED_SUBJECT = /^\W*(?:(?:\w[\w-]*,?\s+){0,5}?(?:fine-tuned|modified|adapted|derived|derivative|customi[sz]ed|quanti[sz]ed|forked)\s+(?:versions?|copies|works?|models?|builds?|weights)|(?:mods|forks|derivatives)\b)/i;

/** A modified form of the work by name, as a thing that is passed on: "modified versions", "altered copies", "Modified source". */
const MODIFIED_FORM = /^(?:(?:modified|altered|changed|patched|adapted|corrected|merged|edited)\s+(?:[\w-]+\s+){0,2}?(?:versions?|cop(?:y|ies)|source|files?|builds?|forms?|releases?|editions?|weights|software|programs?|datasets?)\b|(?:modifications|alterations|changes|changes?\s+to)\b)/i;

/**
 * What is restricted is passing on the work in modified form, not only changing it: OSD 4 allows
 * one restriction on that (patch files with the pristine source, builds permitted) and no other,
 * so the clause breaks OSD 4 as well as OSD 3.
 */
const modifiedFormShared = (r: Reading, modify: Mention): boolean =>
  r.all('action', 'distribute', 'host').some((d) => r.governs(d, 10)) && namesModifiedForm(r, modify);

/** The mention opens a modified form of the work by name ("modified versions …"). */
const namesModifiedForm = (r: Reading, m: Mention): boolean => MODIFIED_FORM.test(r.text.slice(m.start - r.provision.start, m.start - r.provision.start + 60));

/** A sentence that turns to forbid its own subject: "…, but they must not be posted". */
const TURNS_ON_IT = /,\s+(?:but|yet)\s+(?:they|these|those|such\s+\w+)\s+(?:must|may|shall|can|will)\s*not\b/i;

/** A duty to deliver changes to the licensor or the original author, not to recipients. */
const CHANGES_DELIVERED = /\b(?:send|deliver|submit|provide|transmit|mail|e-?mail|forward|furnish|give)\s+(?:a\s+(?:complete\s+)?cop(?:y|ies)\s+of\s+)?(?:(?:the|their|your|its|all|any|such|each)\s+)*(?:[\w-]+\s+){0,2}?(?:changes|modifications|source(?:\s+code)?|patches|diffs|improvements|code)\s+(?:[\w-]+\s+){0,3}?to\s+(?:the\s+)?(?:licensor|original\s+(?:author|developer)s?|upstream|maintainers|us|copyright\s+holders?)\b/i;

/** A permission taken back for the changes it then names: "…, except where they remove …". */
const EXCEPT_WHERE_THEY = /\b(?:permitted|allowed|welcome|fine|authori[sz]ed)\b,?\s+(?:except|unless|save)\s+(?:where|when|if|insofar\s+as)\s+(?:they|it|such\s+[\w-]+)\s+([a-z]+)/i;

/** A model made from the work, as the subject of the sentence: "Models trained on, or distilled from, this Model …". */
const DERIVED_MODEL = /^\W*(?:any\s+|all\s+)?(?:models?|weights|checkpoints?|networks?)\s+(?:that\s+(?:are|were|have\s+been)\s+)?(?:trained|distilled|fine-?tuned|derived|built)\s+(?:on|from|using|with)\b/i;
/** Terms for derived works that run out: "under a licence that expires one year after …". */
const EXPIRING_TERMS = /\blicen[cs]e\s+that\s+(?:expires|terminates|lapses|ends|is\s+revocable)\b/i;

export const modification: Decide = (r, s) => {
  // (A share-alike guard counts when it is not denied: "… solely under the Licensor's Commercial Terms, and not under this Licence".)
  const shareAlike = r.all('guard', 'shareAlike').some((g) => !['not', 'never'].includes(r.provision.tokens[g.from - 1]?.word ?? ''));
  if (aboutSomethingElse(r) || r.aboutLicensor || r.has('guard', 'compliance') || (shareAlike && !r.needsConsent)) return undefined;
  const circumvent = r.own('action', 'circumvent');
  // (Forbidden in a modified version that is passed on: OSD 4 too, "no modified version may alter, disable or redirect the telemetry module".)
  const inModified = r.all('action', 'modify').some((m) => namesModifiedForm(r, m));
  if (circumvent && r.governs(circumvent, 14) && r.prohibits && (r.has('object', 'measure') || s.clause.some((o) => o.has('object', 'measure')))) return { rule: 'circumvention-ban', criteria: inModified ? [3, 4] : [3], ...about('circumventing', r, r.own('object', 'measure')) };
  // A verb of change counts when what it changes is the work ("alter the Software"), not "the language" or a file's terms.
  const changesWork = (m: Mention): boolean =>
    m.inherited || (!changesSomethingElse(r, m) && (/deriv|version|adapt|translat|modification|abridg|excerpt|based|fine|merge|changes|port|locali|fork|new\s+(?:program|work)|(?:modified|altered|changed)\s+(?:cop(?:y|ies)|files?|forms?|builds?|weights|models?|code|source|programs?|software|editions?|releases?|works?|checkpoints?)/i.test(words(r, m)) || r.all('object', 'work', 'source').some((o) => o.from > m.from && o.from - m.to <= 5) || r.all('object', 'work', 'source').some((o) => o.to <= m.from && m.from - o.to <= 4) ||
    // ("Any change to the parser": a change to a part of the work.)
    (/^changes?$/i.test(words(r, m)) && /^\s+to\s+(?:the|this|its|our|any)\s+/i.test(r.text.slice(m.end - r.provision.start)))));
  // "every other part shall remain unmodified".
  const unchanged = r.forces().find((f) => /remain\s+(?:unmodified|unchanged)/i.test(words(r, f)));
  // "The Documentation may be reproduced and distributed verbatim only" (not "it", which may be the licence text).
  const verbatim = VERBATIM_ONLY.exec(r.text);
  // (Not the licence text or its notices, nor an unmodified version beside rules for modified ones, which OSD 4 allows.)
  // (Or the rights themselves: "The licence … covers only byte-for-byte copies …, so any copy that differs … is unlicensed".)
  if (verbatim && !r.has('guard', 'licenceText') && !/\blicen[cs]e\b|\bnotices?\b|\bterms\b/i.test(r.noRights ? r.text.slice(verbatim.index) : r.text) && !/\bmodified\s+(?:versions?|copies|works?)\s+(?:may|must|shall|are|can)\b/i.test(s.text) &&
    (r.noRights || r.all('object', 'work').some((o) => !o.inherited && o.from <= 3 && !/^(?:it|them)$/i.test(words(r, o))))) return { rule: 'no-modification', criteria: [3], severity: 'warning', detail: `only ${verbatim[0]}` };
  // "Models trained on, or distilled from, this Model may not be distributed": a derived model kept from recipients.
  if (DERIVED_MODEL.test(r.text) && r.prohibits && r.has('action', 'distribute') && r.has('object', 'work')) return { rule: 'no-modification', criteria: [3], detail: 'derived models may not be distributed' };
  // "Any modified version must be released under a licence that expires one year after its release date".
  if (r.obliges && r.all('action', 'modify').some(changesWork) && EXPIRING_TERMS.test(r.text)) return { rule: 'no-modification', criteria: [3], detail: 'derived works under terms that expire' };
  // "Distributors of modified versions shall send a copy of their changes to the Licensor upon release": every change delivered to the licensor.
  const delivered = r.obliges && r.all('action', 'modify').some(changesWork) ? CHANGES_DELIVERED.exec(r.text) : null;
  if (delivered && !r.word('request', 'requested', 'voluntary', 'optional', 'encouraged', 'welcome')) return { rule: 'no-modification', criteria: [3], detail: `changes delivered: ${delivered[0]}` };
  // "Forks of this repo have to stay private"; "modified versions may be shared with members but not with the general public".
  const privateOnly = r.all('action', 'modify').find((m) => m.from <= 3 && changesWork(m)) && (r.obliges || r.exclusive || r.prohibits) && PRIVATE_ONLY.exec(r.text);
  if (privateOnly) return { rule: 'no-modification', criteria: [3, 4], detail: `modified versions kept from the public: ${privateOnly[0]}` };
  const few = r.all('action', 'modify').find((m) => m.from <= 6 && changesWork(m)) && r.has('action', 'distribute') && FEW.exec(r.text);
  if (few) return { rule: 'no-modification', criteria: [3, 4], detail: `modified versions shared with ${few[0]}` };
  const counted = r.has('action', 'modify') && FEW_DERIVED.exec(r.text);
  if (counted) return { rule: 'no-modification', criteria: [3], detail: `derived works counted: ${counted[0]}` };
  const derivedSubject = r.all('action', 'modify').find((m) => m.from <= 6 && changesWork(m) && !m.inherited);
  const forATime = derivedSubject && r.has('action', 'distribute') && !r.has('guard', 'shareAlike') ? FOR_A_TIME.exec(r.text) : null;
  if (forATime) return { rule: 'no-modification', criteria: [3], detail: `derived works for a time: ${forATime[0]}` };
  if (derivedSubject && derivedSubject.from <= 2 && r.obliges && r.has('action', 'distribute') && CERTIFIED_FIRST.test(r.text) && !r.has('object', 'name', 'notice') && !r.has('guard', 'origin')) return { rule: 'no-modification', criteria: [3, 4], detail: 'derived works certified by the licensor first' };
  // (Not the licence text, notices or names, nor an original kept beside patch files, which OSD 4 allows.)
  if (r.has('action', 'modify') && r.has('modal', 'exception') && KEPT_UNALTERED.test(r.text) && !r.has('object', 'patch', 'notice', 'name') && !/\bpatch|\blicen[cs]e\b(?!-)|\bnotices?\b|\bcopyright\b|\bthird[\s-]part/i.test(r.text) && !aboutSomethingElse(r)) return { rule: 'no-modification', criteria: [3], detail: 'parts of the work that must stay unaltered' };
  if (unchanged) return { rule: 'no-modification', criteria: [3], ...about('restricted', r, unchanged) };
  // "All rights to prepare derivative works are reserved": the right to change the work withheld, not a notice.
  const reserved = RESERVED_CHANGES.exec(r.text);
  if (reserved) return { rule: 'no-modification', criteria: [3], detail: `reserved: ${reserved[0].replace(/\s+/g, ' ')}` };
  // "Only the original authors may distribute modified versions": passing on changes reserved to the licensor.
  const alone = LICENSOR_ALONE.exec(r.text);
  // (Not the licence's own terms: "Only the Steward may change the terms of this Licence".)
  if (alone && r.has('action', 'modify') && !NOT_THE_WORK.test(r.text.slice(alone.index + alone[0].length, alone.index + alone[0].length + 40))) return { rule: 'no-modification', criteria: [3], detail: /\b(?:publish|distribute|release|share|redistribute)\b/i.test(r.text) ? 'distributing modified versions reserved to the licensor' : 'changes reserved to the licensor' };
  // Derived works only under terms the licensor picks, not these: "… only under such licence as the Licensor may select".
  if (r.has('action', 'modify') && r.has('action', 'distribute') && OVERRIDE.test(r.text)) return { rule: 'no-modification', criteria: [3], detail: 'derived works under the licensor\'s terms' };
  const paidAny = r.has('action', 'modify') && r.all('fee', 'pay', 'money').find((m) => (r.governs(m, 12, true) || PAID_PERMISSION.test(r.text)) && !r.has('fee', 'free') && !r.all('action', 'sell').some((x) => r.near(x, m, 8)) && (m.concept === 'pay' || /fee|royalt|price|payment|charge/i.test(words(r, m))));
  // (A cost-only bound counts unless the money goes to the licensor: "shall pay the licensor a licence fee of RMB 50,000".)
  const toLicensor = r.own('fee', 'pay') !== undefined && r.has('subject', 'licensor');
  if (paidAny && (r.obliges || r.needsConsent || PAID_PERMISSION.test(r.text)) && (!r.has('soft', 'costOnly') || toLicensor)) return { rule: 'no-modification', criteria: r.has('action', 'distribute') ? [3, 4] : [3], ...about('paid', r, paidAny) };
  // (Or the change heads a list that is the sentence's subject, the force its verb: "Fine-tuning, continued pre-training or any other adjustment of the Model's weights is not permitted".)
  const heads = (m: Mention): boolean => m.from <= 1 && !m.inherited && r.forces().some((f) => !f.inherited && (f.concept === 'prohibit' || f.concept === 'noRights') && f.from > m.to && f.from - m.to <= 16 && !r.provision.tokens.slice(m.to, f.from).some((t) => t.stop));
  // (Or a termination the change sets off: "This licence terminates if you publish any modified version of the Software".)
  const afterIf = (m: Mention): boolean => r.provision.tokens.slice(0, m.from).some((t, k) => ['if', 'once', 'upon', 'when', 'where', 'should'].includes(t.word) && r.all('modal', 'voiding').some((v) => !v.inherited && v.to <= k));
  // (Not a compound adjective: "privacy-enhancing software of any third party".)
  const voidsOn = (m: Mention): boolean => r.voids && !/\w-$/.test(r.text.slice(0, m.start - r.provision.start)) && (r.insideCondition(m.start - r.provision.start) || afterIf(m)) && !forBreach(r);
  // "Derived works are permitted, except where they remove or alter the telemetry module": the permission takes back the changes it names.
  const takenBack = r.all('action', 'modify').some((m) => m.from <= 2 && changesWork(m)) ? EXCEPT_WHERE_THEY.exec(r.text) : null;
  if (takenBack && !/^(?:infring|violat|breach|contraven)/i.test(takenBack[1])) return { rule: 'no-modification', criteria: [3], detail: `except where: ${takenBack[0].replace(/^.*?(?=except|unless|save)/i, '')}` };
  const modify = r.all('action', 'modify').find((m) => (r.governs(m, 8) || heads(m) || voidsOn(m)) && changesWork(m));
  const voided = modify !== undefined && voidsOn(modify);
  // "Adapted versions of the Model may be used privately. They may not be published …": the ban's subject is the derived work before it.
  const before = s.clause[s.clause.indexOf(r) - 1]?.text ?? s.before;
  const derived = !r.prohibits || !r.has('action', 'distribute') ? null
    : ANAPHOR_SUBJECT.test(r.text) ? DERIVED_SUBJECT.exec(before)
    // (Or the same sentence turns on it: "Mods built on the Engine may be played at home, but they must not be posted or shared".)
    : TURNS_ON_IT.test(r.text) ? DERIVED_SUBJECT.exec(r.text) : null;
  if (!modify && derived) return { rule: 'no-modification', criteria: [3], detail: `restricted: ${derived[0].trim()}` };
  if (!modify) {
    // "…; you may not distribute it yourself" after a sentence about derivative works.
    if ((r.obliges || /\bhereby\b/i.test(r.text)) && r.has('action', 'modify') && ASSIGNED.test(r.text)) return { rule: 'no-modification', criteria: [3], detail: 'derived works assigned to the licensor' };
    return undefined;
  }
  // (A derived work in the subject of a use forbidden by its purpose: "Neither the weights nor any derivative of them may be used to decide …" is OSD 6's.)
  const usedFor = /\bbe\s+used\s+(?:to|for|in|as)\b/i.exec(r.text);
  if (usedFor && modify.start - r.provision.start < usedFor.index && !r.has('action', 'distribute', 'copy') && (r.has('purpose') || r.has('action', 'train'))) return undefined;
  if (r.has('object', 'patch') && (!r.prohibits || PATCHES_PERMITTED.test(s.text))) return undefined; // OSD 4's business
  // (Modified source kept to patches while builds from it travel freely is the form OSD 4 allows.)
  if (MODIFIED_SOURCE.test(r.text) && PATCHES_PERMITTED.test(s.text) && s.binariesPermitted()) return undefined;
  // "only" next to the change, or "only by / only after" someone: who may change the work, or when.
  // (Not an "only" that narrows the purpose of every right listed with the change: "may be copied, modified, and redistributed solely for use on …" is OSD 6's or 8's.)
  // (Nor an "only" that narrows the purpose of the work and its derivatives alike: "use the Model, and any Derivative, only for Acceptable Use".)
  const everyRight = (x: Mention): boolean => (/^\s*for\s+(?:use|the\s+purposes?)\b/i.test(r.text.slice(x.end - r.provision.start)) && r.all('action', 'copy', 'distribute').some((a) => a.from < x.from)) ||
    (modify.from < x.from && r.all('purpose').some((p) => p.from >= x.to && p.from - x.from <= 6));
  const narrowed = r.all('modal', 'exclusive').some((x) => x.inherited || (r.near(x, modify, 4) && !everyRight(x)) || /\bonly\s+(?:by|after|with|through|via)\b/i.test(words(r, x)));
  // (Nor an "only" that says which changes the copyleft reaches: "Only changes to Cindervale's own files are covered by our licence".)
  const reach = narrowed && COPYLEFT_REACH.test(r.text);
  if (r.prohibits || r.needsConsent || voided || (narrowed && !reach && !r.has('object', 'patch') && !onlyPersons(r))) return { rule: 'no-modification', criteria: modifiedFormShared(r, modify) ? [3, 4] : [3], ...about('restricted', r, modify) };
  if ((r.obliges || /\bhereby\b/i.test(r.text)) && r.has('action', 'modify') && ASSIGNED.test(r.text)) return { rule: 'no-modification', criteria: [3], detail: 'derived works assigned to the licensor' };
  // "The right to prepare Derivative Works is conditioned upon payment of the derivative-works fee".
  // (Not the price the licensee sells at: "may be sold at whatever price you choose".)
  const paid = r.all('fee', 'pay', 'money').find((m) => r.governs(m, 12, true) && !r.has('fee', 'free') && !r.all('action', 'sell').some((x) => r.near(x, m, 8)));
  if (paid && (r.obliges || r.needsConsent) && !r.has('soft', 'costOnly')) return { rule: 'no-modification', criteria: [3], ...about('paid', r, paid) };
  return undefined;
};

/** A change to something that is not the work: "changes to the website", "any change to the licence terms". */
const CHANGE_TO_OTHER = /^\s+to\s+(?:the|this|its|our|any|these)\s+(?:[\w-]+\s+)?(?:licen[cs]es?|terms|agreement|notices?|names?|trademarks?|logos?|web\s*sites?|site|wiki|polic(?:y|ies)|documentation|governance|roadmap|charter|code\s+of\s+conduct)\b/i;
const changesSomethingElse = (r: Reading, m: Mention): boolean => /^changes?$/i.test(words(r, m)) && CHANGE_TO_OTHER.test(r.text.slice(m.end - r.provision.start));

/** The licensor decides case by case whether to give the source: "we'll decide whether to share it", "at our sole discretion". */
/** The source offered to those who hold something paid: "… is available to holders of a Premium Support subscription". */
const SOURCE_FOR_PAYING = /\b(?:is|are)\s+(?:only\s+)?(?:available|provided|released|given|supplied|shared)\s+(?:only\s+)?to\s+((?:holders|subscribers|customers|members|purchasers|buyers|owners)\s+of\s+(?:a|an|the|our|any)\s+(?:[\w-]+\s+){0,3}?(?:subscriptions?|plans?|tiers?|contracts?|memberships?|licen[cs]es?|editions?))\b/i;
const SOURCE_AT_DISCRETION = /\b(?:we|the\s+licensor|the\s+authors?|the\s+maintainers?)(?:'ll|\s+will|\s+may|\s+shall)?\s+(?:decide|determine|consider)\s+(?:whether|if)\s+(?:or\s+not\s+)?to\s+(?:share|provide|release|give|send|publish|disclose)\b|\b(?:share|provide|release|give|send|publish|disclose)\w*\s+(?:it|them|the\s+source(?:\s+code)?)\s+(?:only\s+)?(?:at|in)\s+(?:our|its|their|the\s+licensor's)\s+(?:sole\s+|absolute\s+|own\s+)*discretion\b/i;

