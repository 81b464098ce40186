import type { Mention, Provision } from './provisions';
import type { Slot } from './vocabulary';

/**
 * What a reviewer knows about one provision: its slots (own, and those its list lead-in and
 * defined terms lend it) and its force — does it prohibit, narrow the grant to something, make
 * the rights depend on someone's consent, oblige, or take the rights away.
 */
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
    const match = (m: Mention): boolean => m.slot === slot && (concepts.length === 0 || concepts.includes(m.concept));
    return [...this.provision.mentions.filter(match), ...this.lent.filter(match)];
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
    return this.cached('prohibits', () => this.all('modal', 'prohibit').some((m) => !this.neutralised(m)) || this.noRights || (this.has('modal', 'negation') && this.word('may', 'shall', 'must', 'can', 'will')));
  }

  /** "no licence is granted", "receives no rights", "is not licensed", "outside the scope of this licence". */
  get noRights(): boolean {
    return this.cached('noRights', () => this.has('modal', 'noRights') || this.provision.mentions.some((m) => m.slot === 'modal' && m.concept === 'prohibit' && /licen[sc]|right|grant|no$/i.test(this.text.slice(m.start - this.provision.start, m.end - this.provision.start))));
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
    return this.has('modal', 'exclusive');
  }

  /** The rights depend on someone's permission, a further licence or agreement. */
  get needsConsent(): boolean {
    return this.cached('consent', () => this.has('modal', 'consent') && (this.prohibits || this.exclusive || this.obliges || this.word('without', 'unless', 'after', 'save', 'subject')));
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

  /** A history note: words of history, or past tense without a present modal verb. */
  get isHistory(): boolean {
    return this.cached('history', () => this.has('past', 'history') || (this.has('past', 'tense') && !this.word('may', 'must', 'shall', 'cannot', 'will', 'should', 'need', 'require')));
  }

  /** Disclaimers, permissions for all, and reminders of the law restrict nobody. */
  get isNeutral(): boolean {
    return this.cached('neutral', () => {
      if (this.has('disclaim') || this.has('soft', 'lawOnly') || this.isHistory) return true;
      const exceptions = this.all('soft', 'except');
      return this.all('soft', 'permitAll').some((m) => !exceptions.some((e) => e.from <= m.from && e.to >= m.from));
    });
  }

  /** A prohibition word that is part of a phrase that is not one ("whether or not", "no earlier than"). */
  private neutralised(m: Mention): boolean {
    return this.all('modal', 'neutral').some((n) => n.from <= m.from && n.to >= m.to && !n.inherited);
  }

  /** The span of the provision, trimmed of list punctuation, for a finding. */
  span(): { start: number; end: number } {
    const lead = /^[\s,;:(\-*]*/.exec(this.text)?.[0].length ?? 0;
    const trail = /[\s,;:.]*$/.exec(this.text)?.index ?? this.text.length;
    const start = this.provision.start + lead;
    return { start, end: Math.max(start + 1, this.provision.start + trail) };
  }
}
