/**
 * OSD 10, the licence must be technology-neutral: no provision predicated on an individual
 * technology or style of interface — acceptance by a click or in an installer, one channel or
 * server every copy must pass through, one platform, processor, format or named technology.
 */
import { about, aboutSomethingElse, type Decide, guardsRecipients, SERVICE_SUBJECT, statesPractice } from './decide';
import type { Mention } from './provisions';
import type { Reading } from './reading';

/** Copies may pass through one channel only: "only through the npm registry", "solely via our official Discord bot", "limited to publication through …". */
const CHANNEL_ONLY = /\b(?:only|solely|exclusively|limited\s+to\s+\w+)\s+(?:(?:grab|get|download|obtain|share|distribute|redistribute|publish|copy|and|it|this|them|copies|be|distributed|shared|published)\s+){0,4}(?:through|via|by\s+way\s+of|from|on)\s+(?!any\b|every\b|all\b|whatever\b)((?:the\s+|our\s+|its\s+|a\s+)?(?:[\w'-]+\s+){0,4}?(?:marketplace|store|registry|repository|website|web\s+site|site|portal|hub|bot|channel|server|app|catalog(?:ue)?|feed|mirror|service|hyperlink|link|cdn))\b/i;

/** The licensee is bound, or the licence made, by a gesture: "Assent … is expressed by …", "become bound when …", "Execution of this licence takes place by …". */
const BOUND_BY = /\b(?:(?:is|are)\s+(?:expressed|given|signified|indicated)\s+by|accept\s+(?:it\s+|this\s+licen[cs]e\s+|the\s+licen[cs]e\s+)?by\s+(?:signing|clicking|pressing|ticking|typing|scrolling|checking|logging)|(?:become|are|is)\s+bound\s+(?:by\s+[\w\s]{0,30}?)?(?:when|once|on|upon)|takes?\s+place\s+by)\b/i;

/** Copies from anywhere but the licensor's own channel: "from any source other than the Licensor's official download network". */
const OTHER_SOURCE = /\bfrom\s+any\s+(?:source|site|channel|place|location|server|mirror|repository|store)\s+other\s+than\s+((?:the\s+)?(?:licensor's|our|its)\s+(?:[\w-]+\s+){0,3}?(?:network|site|website|store|registry|repository|server|servers|channel|portal|mirror|cdn))\b/i;

/** Copies got any other way have no licence: "Copies of the Weights obtained in any other manner are unlicensed". */
const OBTAINED_OTHERWISE = /\b(?:obtained|acquired|downloaded|received|fetched)\s+(?:in\s+any\s+other\s+(?:manner|way)|by\s+any\s+other\s+(?:means|route)|(?:from\s+)?(?:anywhere\s+)?else(?:where)?|otherwise)\b/i;
/** …and the one way is a channel or a gesture named in the clause or the sentence before. */
const ONE_WAY = /\b(?:portal|hub|page|store|registry|form|server|website|site|marketplace|acceptance\s+(?:box|step|screen|dialog))\b/i;

/** A key or account needed for the licensor's own service, not for the work: "An API key is required to call the Licensor's hosted inference endpoint". */
const FOR_THE_SERVICE = /\b(?:to\s+(?:call|access|use|reach|query)|for|access\s+to)\s+(?:the\s+)?(?:licensor's|licensor|our)\s+(?:[\w-]+\s+){0,3}?(?:endpoints?|apis?|services?|platform|portal|website|servers?)\b/i;

export const technology: Decide = (r, s) => {
  // (A rule that protects recipients names a click only as what may not be imposed on them: "You may not impose on recipients further restrictions, for example requiring them to click …".)
  if (guardsRecipients(r)) return undefined;
  const acceptance = r.all('tech', 'acceptance').find((m) => r.governs(m, 12, true) || (!m.inherited && BOUND_BY.test(r.text))) ?? acceptedInInterface(r);
  // (Not one way among others: "… equally valid whether you obtained the software through a click-through installer, a git clone …".)
  // (Nor a dependence denied: "Acceptance doesn't depend on clicking a button …".)
  const eitherWay = acceptance && (/\b(?:whether|regardless|irrespective|equally)\b/i.test(r.text.slice(0, acceptance.start - r.provision.start)) ||
    deniedDependence(r.provision.tokens.slice(Math.max(0, acceptance.from - 5), acceptance.from)));
  if (acceptance && !eitherWay && (r.has('action', 'accept') || r.word('accept', 'acceptance', 'installation', 'installed', 'assent', 'bound', 'execution', 'confirm', 'confirmation', 'valid', 'effective') || (r.exclusive && r.word('granted', 'rights'))) && (r.exclusive || r.obliges || r.prohibits || r.noRights || BOUND_BY.test(r.text)) && /\b(?:accept\w*|agree\w*|install\w*|rights?|assent\w*|bound|licensed|confirm\w*|(?:becomes?|is)\s+(?:valid|effective))\b/i.test(r.text)) {
    const only = r.exclusive || r.prohibits || /constitute|other means|before any rights/i.test(r.text) || BOUND_BY.test(r.text);
    return { rule: 'click-wrap', criteria: [10], severity: only ? 'error' : 'warning', ...about('acceptance by', r, acceptance) };
  }
  // "Obtaining the Software from any source other than the Licensor's official download network voids this licence": one channel, every other shut out.
  // "… upon ticking the acceptance box on the Licensor's hub page. Copies obtained in any other manner are unlicensed."
  const otherwise = OBTAINED_OTHERWISE.exec(r.text);
  const way = otherwise && (r.voids || r.noRights || r.prohibits || /\b(?:unlicensed|not\s+licensed|unauthori[sz]ed)\b/i.test(r.text)) ? ONE_WAY.exec(`${s.before} ${s.text.slice(0, s.text.indexOf(r.text))}`) : null;
  if (way) return { rule: 'platform-specific', criteria: [10], detail: `only through: the ${way[0]}` };
  const otherSource = OTHER_SOURCE.exec(r.text);
  if (otherSource && (r.voids || r.noRights || r.prohibits)) return { rule: 'platform-specific', criteria: [10], detail: `only through: ${otherSource[1]}` };
  // "may be distributed only through the Licensor's Marketplace", "only via our official Discord bot": one channel for every copy.
  const channel = CHANNEL_ONLY.exec(r.text);
  if (channel && r.has('action', 'distribute', 'copy') && !r.has('guard', 'origin', 'licenceText') && !r.all('object', 'name', 'notice').some((m) => m.start - r.provision.start < channel.index)) return { rule: 'platform-specific', criteria: [10], detail: `only through: ${channel[1].replace(/\s+/g, ' ')}` };
  const server = r.all('tech', 'server')[0];
  // (Not a server for the licensor's support: "an activation server is used only for the paid support portal".)
  if (server && (r.exclusive || r.obliges || r.prohibits || r.noRights) && !/\bsupport\s+(?:portal|services?|plans?|contracts?)\b/i.test(r.text) && !SERVICE_SUBJECT.test(r.text) && !FOR_THE_SERVICE.test(r.text)) return { rule: 'platform-specific', criteria: [10], ...about('only with', r, server) };
  if (aboutSomethingElse(r) || !(r.has('action', 'use', 'distribute') || r.word('license', 'licensed', 'licence', 'obtained', 'installed', 'downloaded', 'deployed', 'fetched', 'authorization'))) return undefined;
  // (What the licensor itself publishes or tests binds nobody: "We only publish prebuilt binaries for Windows and macOS".)
  if (statesPractice(r.text)) return undefined;
  const t = r.provision.tokens;
  const exclusive = r.forces().find((f) => f.concept === 'exclusive' && !f.inherited);
  const banned = r.forces().find((f) => !f.inherited && (f.concept === 'prohibit' || f.concept === 'noRights'));
  const duty = r.own('modal', 'obligation');
  const platform = r.all('tech', 'platform').filter((p) => !p.inherited).find((p) => {
    // (Not "through any app store, package registry or other channel", unless that is what is forbidden.)
    if (t.slice(Math.max(0, p.from - 2), p.from).some((x) => ['any', 'every', 'whatever', 'all'].includes(x.word)) && !(banned && !exclusive && r.near(banned, p, 10))) return false;
    // (Not a count: "more than 10,000 GPUs".)
    // (Nor an example of something else: "on the same medium like a DVD".)
    if (t.slice(Math.max(0, p.from - 2), p.from).some((x) => /^\d/.test(x.word) || ['like', 'e.g', 'eg', 'including'].includes(x.word))) return false;
    const on = ['on', 'for', 'with'].includes(t[p.from - 1]?.word ?? '');
    // "must be applied with the vendor's USB flashing tool", "must be delivered through an HTTPS download link".
    const through = t.slice(Math.max(0, p.from - 4), p.from).some((x) => ['with', 'using', 'through', 'via', 'over', 'by'].includes(x.word));
    // "Use through the command line or an API requires a separate licence": consent needed for one way of using it.
    return r.near(exclusive, p, 10) || r.near(banned, p, 10) || (duty !== undefined && through && duty.from < p.from && p.from - duty.to <= 8) || (through && r.needsConsent) ||
      // "Licensed for use on x86-64 processors." "Use on ARM requires a separate agreement."
      (on && (r.needsConsent || (/^\W*licensed\s+(?:for\s+use\s+)?(?:on|for|with)\b/i.test(r.text) && !r.has('soft', 'permitAll'))));
  });
  if (platform) return { rule: 'platform-specific', criteria: [10], ...about('only', r, platform) };
  // "… licensed for use with PostgreSQL, and their use with any other database engine is not licensed": every other technology of a kind shut out.
  const others = otherKindExcluded(r);
  if (others) return { rule: 'platform-specific', criteria: [10], detail: `no other ${others}` };
  const otherThan = otherThanNamed(r);
  if (otherThan) return { rule: 'platform-specific', criteria: [10], detail: `no other than: ${otherThan}` };
  const named = namedTechnology(r) ?? onlyInKind(r);
  return named ? { rule: 'platform-specific', criteria: [10], severity: 'warning', detail: `only with: ${named}` } : undefined;
};

/** "doesn't depend on", "is not required", "need not": what comes next is no condition (not "a user who has not accepted …"). */
const deniedDependence = (before: ReadonlyArray<{ word: string; lemma: string }>): boolean =>
  before.some((t) => t.word === 'not' || t.word === 'never' || t.word.endsWith("n't")) && before.some((t) => ['depend', 'require', 'required', 'need', 'necessary', 'conditional', 'condition', 'rely'].includes(t.lemma) || ['required', 'necessary'].includes(t.word));


/** Parts of a user interface where a licence can be shown and accepted. */
const INTERFACE = /^[^.;]{0,50}?\b(?:dialog(?:ue)?|window|screen|prompt|pop-?up|wizard|panel)\b/i;

/**
 * Acceptance in a part of a user interface, however it is named ("accepting this License in the
 * Software's first-run dialog", "accepted the licence text in the installer window"): the act of
 * accepting, followed closely by the interface it happens in.
 */
function acceptedInInterface(r: Reading): Mention | undefined {
  return r.all('action', 'accept').find((a) => !a.inherited && INTERFACE.test(r.text.slice(a.end - r.provision.start)));
}

/** Kinds of technology a named one can be of: "a WebAssembly module", "its storage backend is PostgreSQL". */
const TECHNOLOGY_NOUNS: ReadonlySet<string> = new Set(['module', 'format', 'backend', 'database', 'runtime', 'protocol', 'container', 'kernel', 'browser', 'hypervisor', 'blockchain', 'ledger', 'chip', 'chipset', 'gpu', 'accelerator', 'architecture', 'processor', 'os', 'toolchain', 'interpreter', 'virtual', 'microcontroller', 'mcu', 'console', 'cloud', 'compiler', 'platform', 'framework', 'interface', 'operating', 'distro', 'hosting', 'store', 'marketplace', 'registry', 'cpu']);
/**
 * "ports to other consoles … aren't covered", "use with any other database engine is not licensed":
 * a force that takes the rights away from every other technology of a kind (the kind named within
 * two words after "other", the force within eight words of it).
 */
function otherKindExcluded(r: Reading): string | undefined {
  const t = r.provision.tokens;
  // (A "not covered" counts here though it is neutral elsewhere: "Builds for other consoles are not covered by this licence".)
  const forces = [...r.forces(), ...r.all('modal', 'noRights')].filter((f) => !f.inherited && (f.concept === 'noRights' || f.concept === 'prohibit'));
  // (Other software beside the work, "on that same computer", is OSD 9's.)
  if (r.has('other', 'alongside', 'beside')) return undefined;
  for (let i = 0; i < t.length && forces.length > 0; i++) {
    if (t[i].word !== 'other') continue;
    const kind = t.slice(i + 1, i + 3).find((k) => TECHNOLOGY_NOUNS.has(stemmed(k.lemma)) || TECHNOLOGY_NOUNS.has(stemmed(k.word)));
    if (kind && forces.some((f) => Math.abs(f.from - i) <= 8)) return kind.word;
  }
  return undefined;
}

/**
 * "ported to any operating system other than Linux", "with any database other than PostgreSQL":
 * rights taken away from every technology of a kind but a named one (a force in the provision, the
 * kind just before "other than", a capitalised name after it).
 */
function otherThanNamed(r: Reading): string | undefined {
  const t = r.provision.tokens;
  if (!r.forces().some((f) => !f.inherited && ['noRights', 'prohibit', 'voiding', 'exclusive'].includes(f.concept)) && !r.voids) return undefined;
  for (let i = 1; i + 2 < t.length; i++) {
    if (t[i].word !== 'other' || t[i + 1].word !== 'than') continue;
    const kind = TECHNOLOGY_NOUNS.has(stemmed(t[i - 1].lemma)) || [...r.all('tech', 'platform'), ...r.all('product')].some((p) => p.to === i);
    const name = r.text.slice(t[i + 2].start - r.provision.start, t[i + 2].end - r.provision.start);
    if (kind && /^[A-Z]/.test(name) && !NOT_TECHNOLOGY.has(t[i + 2].word)) return name;
  }
  return undefined;
}

/** Words before a kind of technology that name no particular one: "only in a machine-readable format". */
const GENERIC = new Set(['a', 'an', 'the', 'any', 'same', 'original', 'standard', 'open', 'common', 'suitable', 'other', 'its', 'their', 'your', 'this', 'that', 'supported', 'documented', 'readable', 'machine', 'human', 'preferred', 'source', 'electronic', 'digital', 'unmodified', 'modified', 'compiled', 'executable', 'binary', 'text', 'plain', 'usual', 'customary', 'compatible', 'reasonable', 'appropriate']);

/** "may be distributed only in the safetensors format": "only" then a preposition, then a name and a kind of technology. */
function onlyInKind(r: Reading): string | undefined {
  const t = r.provision.tokens;
  for (const m of r.all('modal', 'exclusive')) {
    const prep = (k: number): boolean => ['in', 'on', 'with', 'through', 'via', 'using'].includes(t[k]?.word ?? '');
    if (m.inherited || !(prep(m.to - 1) || prep(m.to))) continue;
    let k = prep(m.to - 1) ? m.to : m.to + 1;
    if (['the', 'a', 'an'].includes(t[k]?.word ?? '')) k++;
    if (k + 1 < t.length && !GENERIC.has(t[k].word) && TECHNOLOGY_NOUNS.has(stemmed(t[k + 1].lemma))) return r.text.slice(t[k].start - r.provision.start, t[k + 1].end - r.provision.start);
  }
  return undefined;
}

const stemmed = (w: string): string => (w.endsWith('s') && TECHNOLOGY_NOUNS.has(w.slice(0, -1)) ? w.slice(0, -1) : w);

/** Capitalised words that are not the name of a technology. */
const NOT_TECHNOLOGY: ReadonlySet<string> = new Set(['software', 'licensor', 'licensee', 'work', 'program', 'licence', 'license', 'section', 'agreement', 'model', 'the', 'this', 'you', 'source', 'code', 'licensed', 'original', 'covered', 'modified', 'derivative', 'materials', 'library', 'package']);

/**
 * The rights hold only with a named technology of a kind (a format, a database, a runtime, a
 * processor): a capitalised name within three words of such a kind, after an "only" in the same
 * stretch. Read from the name and the kind alone, so a human should look (a warning).
 */
function namedTechnology(r: Reading): string | undefined {
  const t = r.provision.tokens;
  const only = r.all('modal', 'exclusive').filter((m) => !m.inherited);
  if (only.length === 0 || r.has('subject', 'licensor')) return undefined;
  for (let i = 1; i < t.length; i++) {
    const surface = r.text.slice(t[i].start - r.provision.start, t[i].end - r.provision.start);
    if (!/^[A-Z]/.test(surface) || NOT_TECHNOLOGY.has(t[i].word)) continue;
    const kindAt = [i - 3, i - 2, i - 1, i + 1, i + 2, i + 3].find((k) => k >= 0 && k < t.length && TECHNOLOGY_NOUNS.has(stemmed(t[k].lemma)));
    if (kindAt === undefined) continue;
    const kind = t[kindAt];
    // (Not a term of the licence's own, name and kind both capitalised: "the only applicable Base Interpreter".)
    // ("only" before the name, or just after its kind: "on Verdant-brand accelerators only".)
    if (/^[A-Z]/.test(r.text.slice(kind.start - r.provision.start)) || !only.some((m) => (m.to <= i && i - m.to <= 12) || (m.from > kindAt && m.from - kindAt <= 1))) continue;
    return surface;
  }
  return undefined;
}

