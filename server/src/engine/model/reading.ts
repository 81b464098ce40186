import type { Mention, Provision } from './provisions';
import type { Slot } from './vocabulary';
import { bindsNobody } from './statements';
import { DISTRIBUTOR_DECIDES } from './recipients';
import { whileInside } from './product';
import { reachesBeside } from './other-software';
import { dutyOnEveryUser, LOSES_RIGHTS } from './community';
import { freedWithout } from './consent';

const FORCE: ReadonlySet<string> = new Set(['prohibit', 'noRights', 'exclusive', 'consent', 'voiding', 'negation']);
/** Words before a permission or agreement that make it a requirement ("without", "requires", "subject to", "must first obtain"). */
const CONSENT_TRIGGERS: ReadonlySet<string> = new Set(['once', 'become', 'provided', 'provide', 'without', 'unless', 'require', 'required', 'requires', 'subject', 'after', 'obtain', 'need', 'seek', 'request', 'enter', 'sign', 'first', 'prior', 'until', 'save', 'except', 'must', 'shall', 'only', 'upon', 'conditional', 'contingent', 'dependent']);
/** Purposes that narrow a grant when it names them. */
const NARROWING_PURPOSES: ReadonlySet<string> = new Set(['noncommercial', 'research', 'evaluation', 'education', 'personal', 'internal', 'open']);


/** "The authors do not permit the Software to be used …". */
const LICENSOR_FORBIDS = /\b(?:do|does|will|shall)\s+not\s+(?:permit|allow|authori[sz]e|license)\b/i;

/** "rely on this licence", "rely on these terms": relying on the grant, not on the work. */
const RELY_ON_GRANT = /^rel(?:y|ies|ied)\s+(?:up)?on\s+(?:this|these|the)\s+(?:licen[cs]e|terms|grant|permissions?)\b/i;

/** A rule on the licensee's use, or a grant that stops short of a use, inside a disclaimer's sentence. */
const FORBIDS_USE = /\byou\s+(?:may|must|shall)\s+not\s+(?:use|integrate|deploy|run|employ|incorporate|install|put)\b|\b(?:licen[cs]e|grant|permission|rights?)\s+(?:(?:granted|given|above|herein|hereunder|under|this|in|licen[cs]e)\s+){0,4}(?:does|do|shall|will)\s+not\s+(?:extend|apply)\s+to\b|\b(?:licen[cs]e|grant)\s+(?:does|do|shall|will)\s+not\s+(?:permit|allow|authori[sz]e|cover)\s+(?:its|the|any|your)\s+use\b/i;

/** The grant itself as the subject of "applies only to" or "does not apply to". */
const GRANT_SUBJECT = /(?:^|[,;:]\s*)(?:the\s+|these\s+|all\s+|any\s+)?(?:rights?|licen[cs]es?|permissions?|grants?)\b(?:\s+(?:granted|given|conferred|herein|hereunder|under|in|of|by|to|this|these|the|licen[cs]e|terms|you))*\s+(?:do(?:es)?\s+not\s+apply|appl(?:y|ies)\s+only|attach(?:es)?\s+only|(?:shall|will)\s+(?:not\s+apply|apply\s+only|attach\s+only))\b|(?:^|[,;:]\s*)this\s+licen[cs]e\s+(?:appl(?:y|ies)|(?:shall|will)\s+apply)\s+only\b/i;

/** Suing someone, in any words. */
const LITIGATION = /\b(?:lawsuits?|litigation|sues?|sued|suing|legal\s+(?:action|proceedings?)|commence[sd]?\s+(?:an?\s+)?(?:action|proceedings?)|(?:brought|brings?|files?|filed)\s+(?:an?\s+)?(?:claim|action|suit|lawsuit))\b/i;

/** A suit about anything at all, or about the licensor's marks: "on any cause of action whatsoever", "at any time … on any subject". */
const ANY_MATTER = /\b(?:any|every)\s+(?:cause\s+of\s+action|subject|matter|ground|kind|litigation|lawsuits?|legal\s+(?:action|proceedings?)|suits?)\b|\bwhatever\b|\bwhatsoever\b|\btrade\s*marks?\b/i;

/** The permission needed is this licence itself. */
const GIVEN_BY_THIS_LICENCE = /\bthis\s+licen[cs]e\s+(?:is\s+what\s+|alone\s+)?(?:gives|grants|provides)\s+(?:it|that|you\s+that|this)\b|\bexercises?\s+the\s+rights\s+(?:in|under|of)\s+(?:section\s+[\d.]+\s+)?(?:directly\s+)?(?:under\s+this\s+licen[cs]e|like\s+anyone\s+else)\b|\bonly\s+(?:modification|modifying|distribution|distributing|conveying|propagating)(?:\s+(?:or|and)\s+(?:modification|modifying|distribution|distributing|conveying|propagating))?\s+(?:depends?\s+on|requires?|needs?)\s+(?:it|this\s+licen[cs]e)\b/i;

/** Words that open a condition; a force inside one is a circumstance, not a rule (see `conditional`). */
const CONDITIONAL: ReadonlySet<string> = new Set(['if', 'where', 'when', 'whenever', 'unless', 'whether', 'event', 'case', 'so']);
/** What follows "so" when it opens a purpose ("so that …", "so they …", "so people don't …"). */
const PURPOSE_SUBJECT: ReadonlySet<string> = new Set(['that', 'they', 'it', 'people', 'others', 'you', 'we', 'he', 'she', 'nobody', 'no', 'users', 'nothing']);
const FORCE_AND_DUTY: ReadonlySet<string> = new Set([...FORCE, 'obligation']);

/**
 * What a reviewer knows about one provision: its slots (own, and those its list lead-in and
 * defined terms lend it) and its force — does it prohibit, narrow the grant to something, make
 * the rights depend on someone's consent, oblige, or take the rights away.
 */
/** A sentence labelled as history: "Historical note:", "History:", "For the record,". */
/** Words that keep an old term alive: "remains in force", "still applies", "continues to apply". */
const STILL_IN_FORCE = /\b(?:remains?|continues?|stays?)\s+(?:in\s+(?:full\s+)?(?:force|effect)|valid|binding|applicable|to\s+apply)\b|\bstill\s+(?:applies|apply|in\s+force|valid|binding)\b|\b(?:is|are)\s+(?:retained|kept)\s+in\s+(?:this|the\s+current)\b/i;
/** What may be done to a document by whoever keeps it: "may be updated", "may be amended". */
const DOCUMENT_CHANGES: ReadonlySet<string> = new Set(['updated', 'amended', 'revised', 'changed', 'replaced', 'supplemented', 'modified', 'reissued']);
/** A provision that is a quotation and nothing else. */
const QUOTED_ONLY = /^[\s\W]*?['"\u2018\u201c][^'"\u2019\u201d]+['"\u2019\u201d][\s.;,]*$/;
const HISTORY_LABEL = /^\W*(?:historical\s+note|history|historically|for\s+the\s+record)\s*[:,\u2014-]/i;

/** Words that make a following "never" part of a rule ("must never be"), not a report of what never happened. */
const MODALS: ReadonlySet<string> = new Set(['may', 'must', 'shall', 'should', 'can', 'will', 'be', 'is', 'are', 'to', 'and', 'or']);

/** Verbs after "used to" that say what a thing serves for, not what once was: "scripts used to build the binaries". */
const SERVES: ReadonlySet<string> = new Set(['control', 'produce', 'build', 'compile', 'generate', 'create', 'make', 'train', 'run', 'evaluate', 'test', 'prepare', 'install', 'configure', 'develop', 'derive', 'obtain', 'reproduce', 'fine', 'tune', 'collect', 'process', 'filter', 'clean', 'package', 'sign', 'deploy']);

/** Words that pass something to another owner: "shall vest in", "is assigned to", "becomes the property of". */
/** The licence's own copyleft, source or notice duty as the subject of when it arises. */
const OWN_DUTY_SCOPE = /^\W*(?:the|this|these|its|such|each|our)\s+(?:(?:share-alike|share\s+alike|copyleft|reciprocal|source(?:-code)?|source\s+code|attribution|notice|disclosure)\s+(?:requirements?|obligations?|conditions?|duty|duties|clause|provisions?)|copyleft)\s+(?:is\s+|are\s+)?(?:only\s+)?(?:triggered|applies|apply|arises?|attach(?:es)?|kicks?\s+in)\b/i;
const TAKES_OVER = /\b(?:vests?|vested)\s+in\b|\bassign(?:s|ed)?\s+to\b|\bbecomes?\s+the\s+(?:sole\s+|exclusive\s+)?property\s+of\b/i;

/** The licensee vouches for something: "Licensee represents and warrants that …", "You certify that …". */
const LICENSEE_VOUCHES = /^\W*(?:the\s+)?(?:licensee|you|recipient|user)s?\s+(?:hereby\s+)?(?:represents?|warrants?|certif(?:y|ies)|affirms?|confirms?)\b/i;

export class Reading {
  constructor(
    readonly provision: Provision,
    /** Mentions lent by the lead-in of the list the clause is an item of (offsets are the clause's start). */
    private readonly lent: readonly Mention[],
  ) {}

  get text(): string {
    return this.provision.text;
  }

  /** Mentions of a slot (optionally of some concepts), own first, then lent ones. */
  all(slot: Slot, ...concepts: string[]): Mention[] {
    const inSlot = this.bySlot().get(slot);
    if (!inSlot) return [];
    return concepts.length === 0 ? inSlot : inSlot.filter((m) => concepts.includes(m.concept));
  }

  /** Own mentions then lent ones, by slot, built once. */
  private slots: Map<Slot, Mention[]> | undefined;
  private bySlot(): Map<Slot, Mention[]> {
    if (!this.slots) {
      this.slots = new Map();
      for (const m of [...this.provision.mentions, ...this.lent]) {
        const list = this.slots.get(m.slot);
        if (list) list.push(m);
        else this.slots.set(m.slot, [m]);
      }
    }
    return this.slots;
  }

  has(slot: Slot, ...concepts: string[]): boolean {
    return this.all(slot, ...concepts).length > 0;
  }

  /** Only the provision's own words (not its lead-in's). */
  own(slot: Slot, ...concepts: string[]): Mention | undefined {
    return this.provision.mentions.find((m) => m.slot === slot && (concepts.length === 0 || concepts.includes(m.concept)));
  }

  /** Whether the provision's own text contains a word (lower case, as normalised). */
  word(...words: string[]): boolean {
    return this.provision.tokens.some((t) => words.includes(t.word) || words.includes(t.lemma));
  }

  private memo = new Map<string, boolean>();
  private cached(key: string, f: () => boolean): boolean {
    let v = this.memo.get(key);
    if (v === undefined) this.memo.set(key, (v = f()));
    return v;
  }

  /** "may not", "is not licensed", "no rights are granted", "nothing herein grants". */
  get prohibits(): boolean {
    return this.cached('prohibits', () => this.all('modal', 'prohibit').some((m) => !this.neutralised(m)) || this.noRights ||
      (this.has('modal', 'negation') && (this.word('may', 'shall', 'must', 'can', 'will') || this.conditions)));
  }

  /** "provided that …", "on condition that …", "as long as …": the grant holds only under a condition. */
  get conditions(): boolean {
    return this.all('modal', 'obligation').some((o) => !o.inherited && /provided|condition|long\s+as/i.test(this.text.slice(o.start - this.provision.start, o.end - this.provision.start)));
  }

  /** "no licence is granted", "receives no rights", "is not licensed", "outside the scope of this licence". */
  get noRights(): boolean {
    return this.cached('noRights', () => this.forces().some((m) => m.concept === 'noRights' || (m.concept === 'prohibit' && !m.inherited && /licen[sc]|right|grant|no$/i.test(this.text.slice(m.start - this.provision.start, m.end - this.provision.start)))));
  }

  /** Whether two own mentions stand within `n` words of each other. */
  near(a: Mention | undefined, b: Mention | undefined, n: number): boolean {
    if (!a || !b || a.inherited || b.inherited) return false;
    return Math.abs(a.from - b.from) <= n || Math.abs(a.to - b.to) <= n;
  }

  /** The first own mention of `slot`/`concepts` within `n` words of `m`. */
  nearOwn(m: Mention | undefined, n: number, slot: Slot, ...concepts: string[]): Mention | undefined {
    return this.all(slot, ...concepts).find((x) => this.near(m, x, n));
  }

  /** "only", "solely", "reserved for", "and to no one else". */
  get exclusive(): boolean {
    // (Not the "only" of a neutral phrase: "subject only to the conditions of this Licence".)
    return this.cached('exclusive', () => this.all('modal', 'exclusive').some((m) => !this.neutralised(m)));
  }

  /** The rights depend on someone's permission, a further licence or agreement. */
  get needsConsent(): boolean {
    // "Only modifying or distributing the Program requires permission, and this Licence is what gives it."
    if (GIVEN_BY_THIS_LICENCE.test(this.text)) return false;
    return this.cached('consent', () => this.all('modal', 'consent').some((c) => c.inherited || this.provision.tokens.slice(Math.max(0, c.from - 8), c.from).some((t, k) => CONSENT_TRIGGERS.has(t.lemma) && !(t.word === 'without' && freedWithout(this, Math.max(0, c.from - 8) + k))) ||
      // "A commercial licence is required for companies": the passive, the trigger after.
      /^\s+(?:is|are|will\s+be|shall\s+be)\s+(?:also\s+)?(?:required|needed|necessary|mandatory)\b/i.test(this.text.slice(c.end - this.provision.start)) ||
      // "… is licensed, if at all, by separate negotiation": the licence comes by way of the consent.
      /\b(?:licen[cs]ed|available|granted)\b[^.;]{0,20}\bby\s+$/i.test(this.text.slice(Math.max(0, c.start - this.provision.start - 40), c.start - this.provision.start)) ||
      // "shall acquire the rights only upon the Licensor confirming … that such person is approved".
      this.all('modal', 'exclusive').some((x) => !x.inherited && x.to <= c.from)));
  }

  get obliges(): boolean {
    return this.has('modal', 'obligation');
  }

  get voids(): boolean {
    return this.has('modal', 'voiding');
  }

  /** The provision takes something away: prohibits, narrows, needs consent or voids. */
  get restricts(): boolean {
    return this.prohibits || this.exclusive || this.needsConsent || this.voids;
  }

  /**
   * Words of history, not inside a relative clause that describes the work's present state ("the
   * System in which it was originally supplied").
   */
  get historyNote(): boolean {
    // (Or a sentence that says it is one: "Historical note: the 1998 release required users to register by post.")
    // (Not a restriction said to stay: "The former licence's ban on military use remains in force".)
    if (STILL_IN_FORCE.test(this.text)) return false;
    // (Nor "rights previously held by such individuals": an adverb on a participle that says which rights.)
    const describes = (m: Mention): boolean => /^(?:previously|formerly)$/i.test(this.text.slice(m.start - this.provision.start, m.end - this.provision.start)) && ['held', 'granted', 'obtained', 'acquired', 'received', 'issued', 'licensed'].includes(this.provision.tokens[m.to]?.word ?? '');
    return HISTORY_LABEL.test(this.text) || this.all('past', 'history').some((m) => m.inherited || (!describes(m) && !this.provision.tokens.slice(Math.max(0, m.from - 3), m.from).some((t) => t.word === 'which' || t.word === 'whom' || t.word === 'who')));
  }

  /** A history note: words of history, or past tense without a present modal verb. */
  get isHistory(): boolean {
    // Past tense with no present modal and no prohibition ("Releases before 2015 were shared under a research-only licence").
    // (Not a past tense inside a relative clause that describes someone now: "companies that were incorporated less than five years ago".)
    // (Nor one in the condition an "only" sets: "rights commence only when the Order Form has been countersigned", "… only where a counterpart has been executed".)
    const before = (m: Mention, n: number, words: readonly string[]): boolean => this.provision.tokens.slice(Math.max(0, m.from - n), m.from).some((t) => words.includes(t.word));
    const relative = (m: Mention): boolean => !m.inherited && (
      (before(m, 2, ['that', 'who', 'which', 'whom', 'whose']) && this.word('applies', 'apply', 'is', 'are', 'covers', 'extends', 'grants')) ||
      (before(m, 8, ['when', 'once', 'after', 'until', 'unless', 'where', 'if']) && this.all('modal', 'exclusive').some((x) => !x.inherited && x.to <= m.from)));
    // (Nor "used to" naming what a thing serves: "settings used to produce the checkpoints", "material used to control compilation".)
    const purpose = (m: Mention): boolean => /^used\s+to$/i.test(this.text.slice(m.start - this.provision.start, m.end - this.provision.start)) && SERVES.has(this.provision.tokens[m.to]?.lemma ?? '');
    // (Nor a state the work is left in: "the source code … has been obfuscated".)
    const stateNow = (m: Mention): boolean => this.all('action', 'withhold').some((w) => w.from === m.to);
    return this.cached('history', () => this.historyNote || (this.all('past', 'tense').some((m) => !relative(m) && !purpose(m) && !stateNow(m)) && !this.word('may', 'must', 'shall', 'cannot', 'will', 'should', 'need', 'require') && !this.forces(true).some((f) => f.concept !== 'exclusive')));
  }

  /**
   * A plain permission ("You may run the Software as a hosted service, including for a fee"): words
   * of permission, no force, and no purpose that narrows it ("non-production use").
   */
  get isPermission(): boolean {
    return this.cached('permission', () =>
      // (A force inside words of no charge is none: "… is permitted, and no royalty is owed to the Licensor".)
      // (Not "may" of a document that changes: "the Acceptable Use Policy, which … may be updated from time to time".)
      (this.word('permitted', 'free', 'allowed', 'grant', 'grants', 'granted') || this.provision.tokens.some((t, i, ts) => t.word === 'may' && !(ts[i + 1]?.word === 'be' && DOCUMENT_CHANGES.has(ts[i + 2]?.word ?? '')))) && this.forces(true).every((f) => this.all('fee', 'free').some((x) => !x.inherited && x.from <= f.from && f.to <= x.to)) &&
      !this.all('purpose').some((p) => NARROWING_PURPOSES.has(p.concept)));
  }

  /** Disclaimers, permissions for all, and reminders of the law restrict nobody. */
  get isNeutral(): boolean {
    return this.cached('neutral', () => {
      if (this.retaliatesBroadly) return false;
      // ("… on such terms as You choose, and recipients shall have only those rights that You grant": a choice that narrows the recipients' rights.)
      // ("free to use … as long as it ships inside the Ferrous OS image": a permission that lasts only inside a product.)
      // ("The share-alike terms … apply to every program on the same disc": terms that reach what stands beside the work.)
      if (DISTRIBUTOR_DECIDES.test(this.text) || whileInside(this.text) || reachesBeside(this.text) !== null) return false;
      // A phrase in quotation marks and nothing else is cited, not used: "… none of them is part of this licence: 'non-commercial use only'; 'no use by competitors'".
      if (QUOTED_ONLY.test(this.text)) return true;
      // When the licence's own copyleft or notice duties arise: "The share-alike requirement is triggered only by distribution, never by private modification".
      if (OWN_DUTY_SCOPE.test(this.text)) return true;
      // Statements that bind nobody: the licensor's promises, what it is, data described, a rule that puts the work outside it (statements.ts).
      if (bindsNobody(this)) return true;
      // "not designed, licensed or intended for use in …" withholds a licence under a disclaimer's words.
      const withholds = /\blicen[sc]ed\b/i.test(this.text.replace(/\blicen[sc]ed\s+(?:software|work|program|product|material)s?\b/gi, '')) && this.noRights;
      // (A disclaimer word inside the name of a policy, "Responsible AI Guidelines", disclaims nothing.)
      const policies = this.all('purpose', 'policy');
      // (Nor "may not rely on this licence": a rule on who may claim the grant, not a disclaimer.)
      // (Nor the licensee vouching for itself: "Licensee represents and warrants that it is not …" is a condition, not a disclaimer.)
      const disclaims = !LICENSEE_VOUCHES.test(this.text) && this.all('disclaim').some((d) => !policies.some((p) => p.from <= d.from && d.to <= p.to) && !RELY_ON_GRANT.test(this.text.slice(d.start - this.provision.start)));
      // (Nor a disclaimer that goes on to forbid the use: "…; accordingly, you may not use it in …", "… the licence granted above does not extend to any military application".)
      if (disclaims && !withholds && !FORBIDS_USE.test(this.text) && !this.has('soft', 'except')) return true;
      // (Not where the grant itself is narrowed to a place or its people: "… and is available only to entities domiciled in the EU".)
      const byPlace = (this.exclusive || this.noRights) && !this.word('court', 'courts', 'dispute', 'disputes', 'venue', 'arbitration', 'tribunal', 'prohibit') &&
        this.all('who', 'place', 'territory', 'residual').some((w) => !this.all('soft', 'lawOnly').some((l) => l.to <= w.from && w.from - l.to <= 3) && this.forces().some((f) => !f.inherited && (f.concept === 'exclusive' || f.concept === 'noRights') && f.from < w.from && w.from - f.from <= 8));
      // (Nor a document of the licensor's to be signed, whatever law it is about: "must sign the Licensor's export-control certification".)
      const signsLicensors = (this.obliges || this.exclusive) && this.has('subject', 'licensor') && this.all('action', 'accept').some((a) => !a.inherited && /\b(?:sign|execut|enter|countersign)/i.test(this.text.slice(a.start - this.provision.start, a.end - this.provision.start)));
      if (this.has('soft', 'lawOnly') && !this.has('purpose', 'policy') && !this.retaliatesBroadly && !byPlace && !signsLicensors) return true;
      // (A defined term is not community talk: "Only Participants may exercise the rights …" where "Participant" is defined.)
      const termLike = (m: Mention): boolean => this.provision.mentions.some((x) => x.inherited && x.from <= m.from && m.from < x.to) ||
        (m.from > 0 && this.provision.mentions.some((x) => x.inherited && x.slot === 'who') && /^[A-Z]/.test(this.text.slice(m.start - this.provision.start)));
      // (Nor a sign-off someone must give before the licensee may act: "conditional upon a sign-off from a Licensor-appointed maintainer".)
      const consented = (m: Mention): boolean => this.all('modal', 'consent').some((c) => !c.inherited && c.from < m.to && m.from < c.to);
      // (Nor the community named in a class the licence is withheld from: "not licensed for use by anyone who has been banned from our community forums".)
      // (Or the community named in a class that loses the licence after it: "Persons banned from the community forum … lose all rights to use …".)
      const describesWithheld = (m: Mention): boolean => (this.all('modal', 'noRights').some((f) => !f.inherited && f.to <= m.from) && this.all('who', 'conduct', 'qualified').some((w) => w.from < m.from)) ||
        LOSES_RIGHTS.test(this.text.slice(m.end - this.provision.start));
      // (Nor a community word inside what a ban on changed versions names: "shall not distribute any modified version that fixes a security vulnerability until …".)
      const insideBan = (m: Mention): boolean => this.forces().some((f) => f.concept === 'prohibit' && !f.inherited && f.to <= m.from) && this.all('action', 'modify').some((a) => !a.inherited && a.to <= m.from);
      const community = this.all('soft', 'community').some((m) => m.inherited || (!termLike(m) && !consented(m) && !describesWithheld(m) && !insideBan(m))) && !(this.obliges && dutyOnEveryUser(this.text));
      // (Not a reservation that takes the licensee's changes: "All right, title and interest in any modification made by the Licensee shall vest in the Licensor".)
      const takesChanges = this.has('action', 'modify') && TAKES_OVER.test(this.text);
      // A ban denied and nothing else that binds: "Armed forces … are neither prohibited nor specially authorised".
      if (this.all('modal', 'prohibit').some((m) => !m.inherited && this.banDenied(m)) && this.forces(true).every((f) => f.concept === 'negation')) return true;
      if (community || (this.has('soft', 'reservation') && !takesChanges) || this.has('soft', 'acceptance') || this.isHistory || GIVEN_BY_THIS_LICENCE.test(this.text)) return true;
      // An explanation ("because …", "note that …") is neutral unless a duty or force stands before it.
      const explanation = this.own('soft', 'explanation');
      if (explanation && !this.forces(true).some((f) => !f.inherited && f.from < explanation.from)) return true;
      if (!explanation && this.has('soft', 'explanation')) return true;
      // "for any purpose" permits; "any person … is excluded", "for any purpose, provided that you are not
      // acting for a state body", "copies installed from any other source carry no licence" do not.
      if (this.has('soft', 'except')) return false;
      // ("Any use of the Software to track people … voids every permission": a use that ends the licence is no permission for all.)
      // ("Any use by or for an advertising business requires a separate commercial licence": a use that needs another licence.)
      const needsLicence = this.all('modal', 'obligation').some((o) => !o.inherited && /^requir/i.test(this.text.slice(o.start - this.provision.start)) && this.all('modal', 'consent').some((c) => !c.inherited && c.from > o.from && c.from - o.to <= 3 && !this.provision.tokens.slice(o.to, c.from).some((t) => t.word === 'no' || t.word === 'not')));
      const forbids = needsLicence || this.forces().some((f) => f.concept === 'prohibit' || f.concept === 'noRights' || (f.concept === 'voiding' && !f.inherited));
      const conditioned = this.conditions && /\b(?:not|no|neither|nor|never)\b|n't\b/i.test(this.text);
      // "free to use, modify and share, but only in projects built with …": an "only" after the permission narrows it.
      const narrowedAfter = (m: Mention): boolean => this.forces().some((f) => f.concept === 'exclusive' && !f.inherited && f.from > m.to);
      return !forbids && !conditioned && this.all('soft', 'permitAll').some((m) => {
        if (!m.inherited && narrowedAfter(m)) return false;
        const words = this.text.slice(m.start - this.provision.start, m.end - this.provision.start);
        // "the Licensor is free to refuse": the licensor's freedom, not a permission for all.
        if (this.all('subject', 'licensor').some((l) => !l.inherited && l.to <= m.from && m.from - l.to <= 2)) return false;
        // ("Any person receiving a copy must sign …": the subject of a duty, not a permission for all.)
        // (Nor the person a duty then falls on: "It imposes an obligation on any person who merely uses … , and each such person is required to …".)
        if (/person|everyone|everybody|licensee|anyone/i.test(words)) return this.forces().length === 0 && !((m.from <= 1 || this.all('modal', 'obligation').some((o) => !o.inherited && o.from > m.to)) && this.own('modal', 'obligation') !== undefined && !this.word('may', 'permitted', 'granted'));
        if (/same/i.test(words)) return this.forces(true).length === 0; // the same rights as you, once it has signed …
        // ("… only through the Modelvault hosting service, and not by any other means": other ways denied, not permitted.)
        if (/\bother\b/i.test(words) && this.provision.tokens.slice(Math.max(0, m.from - 3), m.from).some((t) => t.word === 'not' || t.word === 'nor')) return false;
        // ("… which the parties agree shall constitute the source code for all purposes": what a thing counts as, not a permission.)
        if (/\b(?:constitutes?|deemed|treated\s+as|considered|regarded\s+as)\b/i.test(this.text.slice(0, m.start - this.provision.start))) return false;
        return true;
      });
    });
  }

  /**
   * The rights end for whoever sues the licensor over anything, not only over patents in the work
   * ("loses all rights … from the date the claim was filed"): a class of persons excluded by their
   * conduct towards the licensor. Patent retaliation, which approved licences contain, is not this.
   */
  get retaliatesBroadly(): boolean {
    return this.cached('retaliates', () => (this.voids || this.noRights || /\blos(?:e|es|ing)\s+(?:all\s+)?(?:(?:its|their|his|her)\s+)?rights\b/i.test(this.text)) &&
      LITIGATION.test(this.text) && ANY_MATTER.test(this.text) && !/\bpatent|\binfring\w*\s+(?:\w+\s+){0,6}?(?:work|software|program|code)\b/i.test(this.text));
  }

  /** A prohibition word that is part of a phrase that is not one ("whether or not", "no earlier than"). */
  private neutralised(m: Mention): boolean {
    // A force aimed at the licensee ("do not apply to you") outweighs a neutral phrase ("not apply").
    if (m.inherited || /\byou(?:r)?\b/i.test(this.text.slice(m.start - this.provision.start, m.end - this.provision.start)) || (m.concept === 'noRights' && /^\s+you\b/i.test(this.text.slice(m.end - this.provision.start)))) return false;
    // "You may not make the functionality available …": a modal prohibition is not the descriptive "does not make".
    const modal = /^(?:may|must|shall|can)\s+not$|^cannot$/i.test(this.text.slice(m.start - this.provision.start, m.end - this.provision.start));
    if (modal && this.all('soft', 'neutral').every((n) => n.inherited || !(n.from < m.to && m.from < n.to) || n.from >= m.from + 1)) return false;
    // "does not cover Acme Cloud Corp", "the grant is not made to any person who …": a no-rights phrase longer than the neutral one it contains stands.
    // ("… do not qualify as Licensees": the grantee's class, not "does not qualify as source".)
    if (m.concept === 'noRights' && /^do(?:es)?\s+not\s+cover\b|^(?:is\s+|are\s+)?not\s+made\s+to\b|^not\s+qualify\s+(?:as|for)\s+(?:an?\s+|the\s+|this\s+)?licen/i.test(this.text.slice(m.start - this.provision.start, m.end - this.provision.start))) return false;
    // "… is not covered by this license": the licence's own scope, not a disclaimer's "not covered".
    // (Not "Activities other than copying … are not covered by this License": what is left out is what the licence does not need to grant.)
    // (Nor "The firmware files under /vendor are not covered by this licence": a part of the tree left to other terms, not a use left out.)
    if (m.concept === 'noRights' && /^\s+by\s+(?:this|the)\s+(?:licen[cs]e|agreement|grant)\b/i.test(this.text.slice(m.end - this.provision.start)) &&
      !/\b(?:other\s+than|except|besides|apart\s+from)\b/i.test(this.text.slice(0, m.start - this.provision.start)) &&
      [...this.all('action', 'use', 'modify'), ...this.all('purpose')].some((u) => !u.inherited && u.to <= m.from)) return false;
    // "The rights granted herein apply only to …", "the rights granted in this Licence do not apply to you": the grant narrowed, not a carve-out from a duty.
    if (this.cached('grantSubject', () => GRANT_SUBJECT.test(this.text))) return false;
    const words = this.text.slice(m.start - this.provision.start, m.end - this.provision.start);
    const before = (n: number): string[] => this.provision.tokens.slice(Math.max(0, m.from - n), m.from).map((t) => t.word);
    if (m.concept === 'prohibit') {
      // "It is not forbidden to …", "are neither prohibited nor specially authorised", "nor is it forbidden": a ban denied.
      if (this.banDenied(m)) return true;
      // "Those who can't comply with …": what someone is unable to do, said of whom the sentence is about.
      if (/^(?:can't|cannot|can\s+not)$/i.test(words) && ['who', 'that', 'which'].includes(before(1)[0] ?? '')) return true;
      // "… applies only to contributions, never to forks": a scope said twice, not a ban.
      if (/^never$/i.test(words) && ['to', 'for', 'in'].includes(this.provision.tokens[m.to]?.word ?? '') && this.has('soft', 'neutral')) return true;
      // "a name that doesn't include …": what a thing is like, said in a relative clause.
      if (/^(?:doesn't|don't|does\s+not|do\s+not)$/i.test(words) && ['that', 'which'].includes(before(1)[0] ?? '')) return true;
    }
    if (m.concept === 'prohibit' || m.concept === 'negation') {
      // "tasks its authors never anticipated": what someone never did, not a ban.
      // (Not a modal carried over: "may be kept on your own servers but never released".)
      if (/^never$/i.test(words) && /ed$/.test(this.provision.tokens[m.to]?.word ?? '') && !MODALS.has(before(1)[0] ?? '') && !(before(1)[0] === 'but' && this.word('may', 'shall', 'must', 'can'))) return true;
      // "… so nobody mistakes your build for ours": a purpose, not a ban.
      if (/^(?:nobody|no\s+one|none)$/i.test(words) && (before(1)[0] === 'so' || (before(2)[0] === 'so' && before(1)[0] === 'that'))) return true;
      // "the check is no licence requirement and may be removed": "no … may" across a new predicate.
      if (/^no\b.*\b(?:and|but)\s+may$/i.test(words)) return true;
    }
    // A force phrase longer than the neutral one it contains stands ("only those who download …" over "only those").
    // (And a contraction's force over the neutral words inside it: "aren't covered" over "not covered".)
    const contracted = (n: Mention): boolean => this.provision.tokens[n.from]?.word === "n't";
    return this.all('soft', 'neutral').some((n) => !n.inherited && n.from < m.to && m.from < n.to && !((m.concept === 'exclusive' || contracted(n)) && m.from <= n.from && n.to <= m.to && m.to - m.from > n.to - n.from));
  }

  /** "It is not forbidden to …", "are neither prohibited nor …": a word of banning under a denial. */
  private banDenied(m: Mention): boolean {
    return m.concept === 'prohibit' && /^(?:prohibited|forbidden|banned|barred|disallowed|forbids|prohibits|bans|restricts)$/i.test(this.text.slice(m.start - this.provision.start, m.end - this.provision.start)) &&
      this.provision.tokens.slice(Math.max(0, m.from - 3), m.from).some((t) => ['not', 'neither', 'nor', "n't"].includes(t.word));
  }

  /** Force mentions: what prohibits, narrows, needs consent or voids (and, with `duties`, obliges). */
  forces(duties = false): Mention[] {
    const key = duties ? 1 : 0;
    const cached = this.forceCache[key];
    if (cached) return cached;
    const concepts = duties ? FORCE_AND_DUTY : FORCE;
    const antecedent = this.antecedentEnd();
    const from = this.antecedentStart();
    const proviso = this.provisoStart();
    return (this.forceCache[key] = this.all('modal').filter((m) => concepts.has(m.concept) && !this.neutralised(m) && (m.inherited || m.start >= antecedent || m.start < from) && !this.conditional(m) && (m.inherited || m.start < proviso || m.concept === 'obligation')));
  }

  /**
   * Where a proviso to a permission for all begins ("for any purpose without restriction, provided
   * that you do not distribute …"): a prohibition inside it bounds that permission, it forbids
   * nothing on its own. Offset in clause terms; Infinity where there is none.
   */
  private provisoStart(): number {
    const permit = this.all('soft', 'permitAll').find((m) => !m.inherited);
    if (!permit) return Infinity;
    const proviso = this.all('modal', 'obligation').find((o) => !o.inherited && o.from > permit.from && /provided|long\s+as/i.test(this.text.slice(o.start - this.provision.start, o.end - this.provision.start)));
    return proviso ? proviso.start : Infinity;
  }

  private readonly forceCache: [Mention[]?, Mention[]?] = [];

  /**
   * Where a leading condition ends ("If you distribute the Program in a form to which the recipient
   * cannot make Modifications, …"): what is said inside it restricts nothing. Offset in clause terms.
   */
  /**
   * A force inside a conditional clause ("… where the recipient does not otherwise receive a copy")
   * describes a circumstance, not a prohibition: a conditional word within eight words before it,
   * with no comma or semicolon between.
   */
  private conditional(m: Mention): boolean {
    if (m.inherited) return false;
    const t = this.provision.tokens;
    for (let i = m.from - 1; i >= Math.max(0, m.from - 8); i--) {
      // (A parenthesis closed between them ends the condition: "(whether for a fee or not) shall acquire no rights".)
      if (/[,;:)]/.test(this.text.slice(t[i].end - this.provision.start, t[i + 1].start - this.provision.start))) return false;
      // ("so" opens a purpose, "so that they cannot clash", not "the amount so received".)
      if (CONDITIONAL.has(t[i].word) && (t[i].word !== 'so' || PURPOSE_SUBJECT.has(t[i + 1]?.word ?? ''))) return i > 0;
    }
    return false;
  }

  /** Whether an offset of the provision text falls inside its leading condition ("If …, ", "Where …, "). */
  insideCondition(offset: number): boolean {
    const start = this.antecedentStart() - this.provision.start;
    const end = this.antecedentEnd() - this.provision.start;
    return end > 0 && offset >= start && offset < end;
  }

  private antecedentStart(): number {
    const t = this.provision.tokens;
    const at = t.findIndex((x, i) => i <= 8 && ['if', 'where', 'when', 'whenever', 'unless', 'should'].includes(x.word));
    return at < 0 ? 0 : t[at].start;
  }

  private antecedentEnd(): number {
    const t = this.provision.tokens;
    const at = t.findIndex((x, i) => i <= 8 && ['if', 'where', 'when', 'whenever', 'unless', 'should'].includes(x.word));
    if (at < 0) return 0;
    const comma = this.text.indexOf(',', t[at].start - this.provision.start);
    return comma < 0 ? 0 : this.provision.start + comma;
  }

  /**
   * Whether a force of the provision governs mention `x`: a force lent by a lead-in governs the
   * whole item; an own force governs the words within `window` words before or after it (the
   * verb and object after "may not", the subject before "is prohibited").
   */
  governs(x: Mention | undefined, window = 10, duties = false): boolean {
    if (!x) return false;
    // The subject of a passive prohibition may stand further before it ("Translations of the Work
    // into other natural languages may be published only by …") than an object stands after.
    // The subject at the head of the sentence is governed by every force in it, however long the verb phrase.
    const subject = x.from <= 2 && (x.slot !== 'action' || /(?:tion|ment|sion|ance|ive|version|work)s?$/i.test(this.text.slice(x.start - this.provision.start, x.end - this.provision.start)));
    // (A sentence that opens with "No …" or "Neither …" and a modal forbids every purpose it goes on to name: "Neither the weights nor any derivative of them may be used to decide whether … eligible for housing, insurance or credit".)
    const head = this.provision.tokens[0]?.word;
    return this.forces(duties).some((f) => f.inherited || x.inherited || (subject && f.from > x.from) || (x.from >= f.from - Math.round(window * 1.5) && x.from <= f.to + window) ||
      (x.slot === 'purpose' && f.from === 0 && f.to === 1 && f.concept === 'prohibit' && (head === 'no' || head === 'neither') && x.from > 0));
  }

  /**
   * The provision speaks of what the licensor, a contributor or the licence itself may or will do
   * ("the original copyright holder may add …", "Contributor shall promptly modify the LEGAL file"):
   * not a restriction on the licensee.
   */
  get aboutLicensor(): boolean {
    return this.cached('licensor', () => {
      const tokens = this.provision.tokens;
      // A grant speaks of the licensee's rights, whoever grants it.
      // (Not a grant the licensor promises not to make to someone else: "shall not grant any single member a veto".)
      const toLicensee = (i: number): boolean => tokens.slice(i + 1, i + 4).some((t) => ['you', 'licensee', 'licensees', 'recipient', 'recipients', 'user', 'users', 'anyone', 'any'].includes(t.word) && !(t.word === 'any' && tokens[i + 2]?.word !== 'right' && tokens[i + 2]?.word !== 'rights'));
      if (tokens.some((t, i) => (t.lemma === 'grant' || t.word === 'grants' || t.word === 'granted') && !(tokens.slice(Math.max(0, i - 2), i).some((x) => x.word === 'not') && !toLicensee(i)))) return false;
      // "The authors do not permit the Software to be used in weapons": the licensor forbidding is a rule on the licensee.
      // (Not "the Licensor neither approves nor forbids those purposes".)
      if (!this.word('neither', 'nor') && (LICENSOR_FORBIDS.test(this.text) || this.forces().some((f) => f.concept === 'prohibit' && /\b(?:permit|allow|authori[sz]e)|prohibit|forbid/i.test(this.text.slice(f.start - this.provision.start, f.end - this.provision.start))))) return false;
      let from = 0;
      if (tokens.length > 0 && ['if', 'when', 'where', 'should', 'unless', 'once', 'in', 'without', 'upon', 'after', 'before', 'except'].includes(tokens[0].word)) {
        const comma = this.text.indexOf(',');
        if (comma >= 0) from = tokens.findIndex((t) => t.start - this.provision.start > comma);
      }
      if (from < 0) return false;
      const subject = this.all('subject', 'licensor').find((m) => !m.inherited && m.from >= from && m.from <= from + 1);
      if (!subject) return false;
      // "The Licensor alone may produce builds", "Only the Licensor may sell copies": what only the licensor may do, nobody else may.
      if (['alone', 'only', 'exclusively', 'solely'].includes(tokens[subject.to]?.word ?? '') || ['only', 'solely'].includes(tokens[subject.from - 1]?.word ?? '')) return false;
      // (Nor the licensor ending someone's licence: "… will terminate the licence of anyone who is a national of …" is a rule on licensees.)
      if (this.forces().some((f) => f.concept === 'voiding' && !f.inherited && tokens.slice(f.to, f.to + 4).some((t) => /^(?:licen[cs]es?|rights?|permissions?)$/.test(t.word)) && tokens.slice(f.to, f.to + 8).some((t) => ['of', 'for', 'to'].includes(t.word)))) return false;
      const modal = tokens.findIndex((t, i) => i >= from && ['may', 'shall', 'must', 'will', 'can', 'cannot', 'agree', 'assure', 'reserve', 'retain'].includes(t.word));
      return modal < 0 || subject.from < modal;
    });
  }

  /** The span of the provision, trimmed of list punctuation, for a finding. */
  span(): { start: number; end: number } {
    const lead = /^[\s,;:(\-*]*/.exec(this.text)?.[0].length ?? 0;
    const trail = /(?<![\s,;:.])[\s,;:.]*$/.exec(this.text)?.index ?? this.text.length;
    const start = this.provision.start + lead;
    return { start, end: Math.max(start + 1, this.provision.start + trail) };
  }
}
