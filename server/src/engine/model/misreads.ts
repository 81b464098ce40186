/**
 * Misreadings of the vocabulary: a phrase found in a clause whose neighbouring words show it does
 * not mean what the vocabulary says ("trade secrets" is no sale, "no such distribution terminates"
 * ends nothing, "requires no separate agreement" requires nothing). Part of findMentions.
 */
import type { Mention } from './provisions';
import type { Token } from './tokens';

/** What a "paid" thing is, as an adjective: "a paid software bundle", "paid plans". */
const PAID_NOUNS: ReadonlySet<string> = new Set(['software', 'bundle', 'bundles', 'product', 'products', 'version', 'versions', 'plan', 'plans', 'tier', 'tiers', 'edition', 'editions', 'subscription', 'subscriptions', 'service', 'services', 'support', 'app', 'apps', 'distribution', 'distributions', 'collection', 'compilation', 'offering', 'course', 'courses', 'customers', 'users', 'add-on', 'addon']);

/** Nouns that name the work or its copies. */
const WORK_NOUNS: ReadonlySet<string> = new Set(['software', 'program', 'programs', 'work', 'works', 'model', 'models', 'weights', 'code', 'library', 'copies', 'copy', 'version', 'versions', 'it', 'them']);

/** What "may not be …" says of a likelihood, not a permission: "issues filed on mirrors may not be seen by the maintainers". */
const LIKELY_NOT: ReadonlySet<string> = new Set(['seen', 'noticed', 'read', 'reviewed', 'answered', 'monitored', 'tracked', 'checked', 'addressed', 'triaged', 'fixed', 'supported', 'accurate', 'complete', 'suitable', 'current', 'compatible', 'reliable', 'appropriate', 'exhaustive', 'responded', 'acted', 'visible']);

/** How a thing is to be taken: "… should not be treated as …", "shall not be construed as …"; not "deemed" or "relied on", which deny or forbid: "shall not be deemed to have been conferred", "may not be relied upon in any decision". */
const TAKEN_AS: ReadonlySet<string> = new Set(['treated', 'regarded', 'considered', 'construed', 'interpreted', 'viewed', 'taken', 'understood', 'mistaken', 'confused']);

/** Words before "environment" that make it where software runs (not "production" or "test", which name a use). */
const RUNS_IN: ReadonlySet<string> = new Set(['notebook', 'execution', 'runtime', 'hosting', 'hosted', 'virtual', 'local', 'desktop', 'server', 'other', 'any', 'every', 'software', 'operating', 'sandboxed', 'sandbox', 'container', 'containerised', 'containerized', 'build', 'programming', 'compute', 'on-premises', 'authorised', 'authorized', 'approved', 'designated', 'secure']);

/** Places that hold things, not persons: "located in the same storage medium". */
const STORED_IN: ReadonlySet<string> = new Set(['same', 'medium', 'media', 'disc', 'disk', 'device', 'server', 'collection', 'archive', 'repository', 'directory', 'folder', 'file', 'package', 'image', 'bundle', 'container', 'memory', 'storage']);

/** Words around "trading" that make it markets: "financial trading", "trading systems". */
const MARKETS: ReadonlySet<string> = new Set(['financial', 'stock', 'securities', 'algorithmic', 'high-frequency', 'frequency', 'real-time', 'time', 'commodity', 'commodities', 'currency', 'crypto', 'cryptocurrency', 'forex', 'options', 'futures', 'proprietary', 'system', 'systems', 'platform', 'platforms', 'desk', 'desks', 'firm', 'firms', 'strategy', 'strategies', 'bot', 'bots', 'algorithm', 'algorithms', 'signals', 'venue', 'venues']);

/** Words of training data: beside them, plural "sources" are where the data came from. */
const DATA_WORDS: ReadonlySet<string> = new Set(['train', 'training', 'trained', 'data', 'dataset', 'datasets', 'corpus', 'corpora', 'records']);

/** Words that may stand between a negation and the verb it denies: "will not therefore automatically lapse". */
const BETWEEN_NOT_AND_VERB: ReadonlySet<string> = new Set(['therefore', 'automatically', 'thereby', 'immediately', 'then', 'be', 'been', 'hereby', 'simply', 'merely', 'ever', 'thus', 'consequently', 'as', 'a', 'result']);

/** Verbs after which "no" says what a thing holds: "files that contain no Library code". */
const HOLDING_VERBS: ReadonlySet<string> = new Set(['contain', 'contains', 'containing', 'include', 'includes', 'including', 'carry', 'carries', 'carrying', 'hold', 'holds', 'holding', 'with', 'embed', 'embeds', 'incorporate', 'incorporates']);

/** Verbs of finding or understanding: "I can't find", "we couldn't tell". */
const PERCEIVE: ReadonlySet<string> = new Set(['find', 'see', 'tell', 'locate', 'understand', 'figure', 'work', 'spot', 'recall', 'remember']);

/** What the licensor may promise or refuse to do itself: "we won't help with". */
const OUR_DEEDS: ReadonlySet<string> = new Set(['help', 'assist', 'contribute', 'endorse', 'review', 'answer', 'respond', 'mentor', 'advise', 'consult', 'collaborate', 'partner', 'sponsor', 'promote']);

/** What an earlier text is called, before a past verb of banning: "this licence prohibited", "the clause that prohibited". */
const EARLIER_TEXT: ReadonlySet<string> = new Set(['licence', 'license', 'edition', 'version', 'versions', 'clause', 'section', 'terms', 'agreement', 'eula', 'that', 'which', 'it', 'policy', 'rule', 'provision', 'text']);

/** Verbs after "does not" that say what a text does: "This licence does not list embargoed countries". */
const TEXT_VERBS: ReadonlySet<string> = new Set(['list', 'name', 'mention', 'define', 'describe', 'change', 'alter', 'affect', 'address', 'discuss', 'specify', 'enumerate', 'arise']);

/** Words that open a condition. */
const CONDITION_WORDS: ReadonlySet<string> = new Set(['if', 'when', 'once', 'where', 'whenever', 'upon', 'should']);

/** Verbs of a licence ending. */
const ENDS: ReadonlySet<string> = new Set(['terminate', 'lapse', 'expire', 'cease', 'end', 'revoke', 'void', 'forfeit']);

/** Whether the verb at token `at` is denied: "not", "never" or "n't" before it, with only such words between. */
function negatedBefore(tokens: readonly Token[], at: number): boolean {
  let i = at - 1;
  while (i >= 0 && BETWEEN_NOT_AND_VERB.has(tokens[i].word)) i--;
  return i >= 0 && ['not', 'never', "n't"].includes(tokens[i].word);
}

/** Whether mention `m` of `tokens` is misread (see the module comment). */
export function misread(tokens: readonly Token[], m: Mention): boolean {
  // The words of "including but not limited to" are a list's lead, not a limit, a release or a distribution.
  // ("may be used to decide": a passive, not the past of "used to require".)
  // Mentions the words around them show to be misread.
  return (m.slot === 'past' && m.concept === 'tense' && tokens[m.from]?.word === 'used' && tokens[m.from - 1]?.lemma === 'be') ||
    // ("This licence is personal to you": whom the licence belongs to, not a personal purpose.)
    (m.slot === 'purpose' && m.concept === 'personal' && tokens[m.from]?.word === 'personal' && tokens[m.to]?.word === 'to') ||
    // ("Trade unions": a kind of body, not a sale or a trade; "trade secrets": what is kept, not a sale; "may not be denied the rights": a denial denied.)
    (tokens[m.from]?.word === 'trade' && /^(?:unions?|secrets?)$/.test(tokens[m.from + 1]?.word ?? '') && (m.slot === 'action' || m.slot === 'purpose')) ||
    // ("not personal to the original licensee", "not only for research": the limit denied.)
    (m.slot === 'modal' && m.concept === 'exclusive' && tokens[m.from - 1]?.word === 'not' && ['personal', 'only', 'solely', 'exclusively', 'limit', 'limited', 'restricted', 'confined'].includes(tokens[m.from]?.word ?? '')) ||
    // ("whether for a fee or not", "whether commercial or not": both ways, no purpose singled out.)
    (m.slot === 'purpose' && tokens.slice(Math.max(0, m.from - 4), m.from).some((x) => x.word === 'whether') && tokens.slice(m.to, m.to + 5).some((x) => x.word === 'or')) ||
    // ("its output should not be treated as professional advice", "shall not be construed as": how a thing is to be taken, not a ban.)
    (m.slot === 'modal' && m.concept === 'prohibit' && tokens[m.to - 1]?.word === 'not' && tokens[m.to]?.word === 'be' && TAKEN_AS.has(tokens[m.to + 1]?.word ?? '')) ||
    // ("… may not be seen by the maintainers": a likelihood, not a ban.)
    (m.slot === 'modal' && m.concept === 'prohibit' && tokens[m.to - 1]?.word === 'not' && tokens[m.from]?.word === 'may' && tokens[m.to]?.word === 'be' && LIKELY_NOT.has(tokens[m.to + 1]?.word ?? '')) ||
    // ("financial trading", "trading systems": markets, not a sale of the work.)
    (m.slot === 'action' && m.concept === 'sell' && /^trad(?:e|ing)$/.test(tokens[m.from]?.word ?? '') && (MARKETS.has(tokens[m.from - 1]?.word ?? '') || MARKETS.has(tokens[m.to]?.word ?? ''))) ||
    // ("a hosted notebook environment", "any other environment": where software runs, not the natural environment as a field.)
    (m.slot === 'purpose' && tokens[m.from]?.word === 'environment' && m.to - m.from === 1 && RUNS_IN.has(tokens[m.from - 1]?.word ?? '')) ||
    // ("the component that marks content": a verb, not the licensor's marks.)
    (m.slot === 'object' && m.concept === 'name' && tokens[m.from]?.word === 'marks' && ['that', 'which', 'it', 'this', 'who'].includes(tokens[m.from - 1]?.word ?? '')) ||
    // ("located in the same storage medium": where a thing is, not where a person lives.)
    (m.slot === 'who' && m.concept === 'place' && tokens.slice(m.to, m.to + 4).some((x) => STORED_IN.has(x.word))) ||
    // ("is prohibited by applicable law from giving an indemnity": the law's prohibition, not the licence's.)
    (m.slot === 'modal' && m.concept === 'prohibit' && tokens[m.to]?.word === 'by' && ['applicable', 'law', 'laws', 'statute', 'regulation', 'local', 'mandatory', 'its', 'their'].includes(tokens[m.to + 1]?.word ?? '') && tokens.slice(m.to + 1, m.to + 4).some((x) => ['law', 'laws', 'statute', 'statutes', 'regulation', 'regulations'].includes(x.word))) ||
    // ("no such distribution terminates the rights": what ends nothing; not "no later than …" or "no longer …".)
    (m.slot === 'modal' && m.concept === 'voiding' && tokens.slice(Math.max(0, m.from - 3), m.from).some((x, i, w) => (x.word === 'no' || x.word === 'nothing') && !['longer', 'later', 'more', 'less', 'fewer'].includes(w[i + 1]?.word ?? tokens[m.from]?.word ?? ''))) ||
    // ("… under any terms, including terms that prohibit reverse engineering": what other terms may say, not this licence; not "must be licensed under terms that prohibit …".)
    (m.slot === 'modal' && m.concept === 'prohibit' && ['that', 'which'].includes(tokens[m.from - 1]?.word ?? '') && ['terms', 'licences', 'licenses', 'conditions', 'agreements', 'eulas', 'contracts'].includes(tokens[m.from - 2]?.word ?? '') && ['including', 'even', 'whatever', 'other', 'own'].includes(tokens[m.from - 3]?.word ?? '')) ||
    // ("shown for convenience only", "for information purposes only", "we mention them only because …": what a thing is for or why, not a limit on anyone.)
    (m.slot === 'modal' && m.concept === 'exclusive' && tokens[m.from]?.word === 'only' && m.to - m.from === 1 && tokens[m.to]?.word === 'because') ||
    (m.slot === 'modal' && m.concept === 'exclusive' && tokens[m.from]?.word === 'only' && ['convenience', 'reference', 'information', 'illustration', 'orientation'].includes(tokens[m.from - 1]?.word === 'purposes' ? tokens[m.from - 2]?.word ?? '' : tokens[m.from - 1]?.word ?? '')) ||
    // ("Rights granted here are not passed to …" withholds rights; "These obligations are not passed to recipients" frees them.)
    (m.slot === 'modal' && m.concept === 'noRights' && tokens.slice(m.from, m.to).some((x) => ['pass', 'transfer', 'carry'].includes(x.lemma)) && !tokens.slice(Math.max(0, m.from - 8), m.from).some((x) => ['right', 'rights', 'licence', 'license', 'licences', 'licenses', 'permission', 'permissions', 'grant', 'granted', 'privileges'].includes(x.word))) ||
    // ("Forks that haven't been signed off by the core team": an approval by others, not a contributor's sign-off.)
    (m.slot === 'soft' && m.concept === 'community' && tokens[m.to - 1]?.word === 'off' && tokens[m.to]?.word === 'by' && ['the', 'a', 'an', 'our', 'its', 'their', 'his', 'her', 'us', 'them', 'someone', 'one'].includes(tokens[m.to + 1]?.word ?? '')) ||
    // ("another vendor's password manager": someone else's product, not the licensor's.)
    (m.slot === 'product' && /^vendors?$/.test(tokens[m.from]?.word ?? '') && ['another', 'other', 'different', 'third-party'].includes(tokens[m.from - 1]?.word ?? '')) ||
    // ("under the trademark of another vendor": whose name, not software beside the work.)
    (m.slot === 'other' && tokens[m.from - 1]?.word === 'of' && /^(?:trade)?(?:marks?|names?|logos?|brands?)$/.test(tokens[m.from - 2]?.word ?? '')) ||
    // ("No, you may use it for anything": an answer, not "no one may".)
    (m.slot === 'modal' && m.concept === 'prohibit' && tokens[m.from]?.word === 'no' && (m.from === 0 || tokens[m.from].stop === true) && ['you', 'i', 'we', 'they', 'it', 'that', 'this'].includes(tokens[m.from + 1]?.word ?? '') && !tokens.slice(m.from + 2, m.from + 5).some((x) => ['not', 'never', "n't"].includes(x.word))) ||
    // ("it doesn't change the licence of models already released": the licence's terms, not the work, are what is (not) changed.)
    (m.slot === 'action' && m.concept === 'modify' && tokens[m.from]?.lemma === 'change' && m.to - m.from === 1 && ['licence', 'license', 'licences', 'licenses', 'terms', 'agreement'].includes((['the', 'this', 'its', 'their', 'these', 'our', 'any'].includes(tokens[m.to]?.word ?? '') ? tokens[m.to + 1] : tokens[m.to])?.word ?? '')) ||
    // ("are never a prerequisite for using …", "is never required": a condition denied, not a ban.)
    (m.slot === 'modal' && (m.concept === 'prohibit' || m.concept === 'negation') && tokens[m.from]?.word === 'never' && m.to - m.from === 1 && (['required', 'needed', 'necessary', 'mandatory', 'conditional'].includes(tokens[m.to]?.word ?? '') || (['a', 'an'].includes(tokens[m.to]?.word ?? '') && ['prerequisite', 'condition', 'requirement', 'precondition'].includes(tokens[m.to + 1]?.word ?? '')))) ||
    // ("No feature of the Software is withheld from licensees who …": nothing is withheld.)
    (m.slot === 'modal' && m.concept === 'noRights' && tokens.slice(Math.max(0, m.from - 6), m.from).some((x, i, w) => x.word === 'no' && (i === 0 || w[i - 1].stop || i === w.length - 1 || !['with', 'and', 'or'].includes(w[i - 1].word)) && ['feature', 'features', 'part', 'parts', 'function', 'functionality', 'right', 'rights', 'permission', 'component', 'portion'].includes(w[i + 1]?.word ?? ''))) ||
    // ("the licence will not therefore automatically lapse", "does not terminate": an end denied.)
    (m.slot === 'modal' && m.concept === 'voiding' && negatedBefore(tokens, m.from)) ||
    // (…and "will not" before such an end is a promise about the licence, not a ban: "The licence will not terminate if you …".)
    (m.slot === 'modal' && m.concept === 'prohibit' && tokens[m.to - 1]?.word === 'not' && ENDS.has(tokens.slice(m.to).find((x) => !BETWEEN_NOT_AND_VERB.has(x.word))?.lemma ?? '')) ||
    // ("requires no separate reseller agreement", "needs no paid licence": a requirement denied, and what it names is not needed.)
    (m.slot === 'modal' && m.concept === 'obligation' && ['require', 'need'].includes(tokens[m.from]?.lemma ?? '') && m.to - m.from === 1 && tokens[m.to]?.word === 'no') ||
    (m.slot === 'modal' && m.concept === 'consent' && tokens.slice(Math.max(0, m.from - 4), m.from).some((x, i, w) => x.word === 'no' && ['require', 'need'].includes(w[i - 1]?.lemma ?? ''))) ||
    // ("without a new licence from the lab": another licence to be got from someone, not a new version of this one.)
    (m.slot === 'guard' && m.concept === 'licenceText' && ['license', 'licence'].includes(tokens[m.to - 1]?.lemma ?? tokens[m.to - 1]?.word ?? '') && tokens[m.to]?.word === 'from') ||
    // ("… which may include additional restrictions on use": restrictions described, not a rule against imposing them.)
    (m.slot === 'guard' && m.concept === 'recipients' && /^(?:additional|further|extra|more)$/.test(tokens[m.from]?.word ?? '') && /^restrictions?$/.test(tokens[m.to - 1]?.word ?? '') && !tokens.slice(Math.max(0, m.from - 5), m.from).some((x) => ['not', 'no', "n't", 'never', 'nor', 'without', 'impose', 'imposing', 'any'].includes(x.word)) && !tokens.some((x, i) => x.lemma === 'apply' && ['not', "n't"].includes(tokens[i - 1]?.word ?? ''))) ||
    // ("nothing is withheld from licensees": nothing is withheld.)
    (m.slot === 'modal' && m.concept === 'noRights' && ['nothing', 'none'].includes(tokens[m.from - 1]?.word ?? '')) ||
    (m.slot === 'modal' && m.concept === 'noRights' && tokens[m.from]?.lemma === 'be' && tokens[m.from + 1]?.lemma === 'deny' && tokens[m.from - 1]?.word === 'not') ||
    // ("Companies that previously violated this licence may not use it": a relative clause that says who, not a history note.)
    (m.slot === 'past' && m.to - m.from === 1 && ['previously', 'formerly', 'once', 'ever'].includes(tokens[m.from]?.word ?? '') && tokens.slice(Math.max(0, m.from - 3), m.from).some((x) => ['that', 'who', 'which', 'whom'].includes(x.word))) ||
    // ("files that contain no Library code may be licensed however you choose": "no" belongs to what the files hold, not a ban on them.)
    (m.slot === 'modal' && (m.concept === 'prohibit' || m.concept === 'noRights') && tokens[m.from]?.word === 'no' && HOLDING_VERBS.has(tokens[m.from - 1]?.word ?? '') && !/^(?:rights?|licen[cs]es?|permissions?)$/.test(tokens[m.from + 1]?.word ?? '')) ||
    // ("features I can't find in the repo": what someone could not see, not a ban.)
    (m.slot === 'modal' && m.concept === 'prohibit' && ['i', 'we', 'you', 'they'].includes(tokens[m.from - 1]?.word ?? '') && PERCEIVE.has(tokens[m.to]?.word ?? '') && tokens.slice(m.from, m.to).some((x) => ['cannot', "can't", "couldn't", 'could', 'can'].includes(x.word) || x.word === "n't")) ||
    // ("it's covered by its own terms, not the code licence": which terms govern a thing, not rights withheld.)
    (m.slot === 'modal' && (m.concept === 'noRights' || m.concept === 'prohibit') && tokens[m.from]?.word === 'not' && tokens.slice(m.from + 1, m.from + 5).some((x) => ['licence', 'license', 'terms', 'agreement', 'eula', 'licences', 'licenses'].includes(x.word)) && tokens.slice(Math.max(0, m.from - 7), m.from).some((x, i, w) => ['covered', 'governed', 'licensed', 'licenced'].includes(x.word) && ['by', 'under'].includes(w[i + 1]?.word ?? ''))) ||
    // ("Self-hosted Dunlin is governed by the open-source licence only", "Everything in the repo is under the open-source licence": the work's own licence, not a purpose.)
    (m.slot === 'purpose' && m.concept === 'open' && ['licence', 'license'].includes(tokens[m.to - 1]?.word ?? '') && tokens[m.from - 1]?.word === 'the' &&
      (['governed', 'covered'].includes(tokens[m.from - 3]?.word ?? '') && tokens[m.from - 2]?.word === 'by' || ['is', 'are', 'remains', 'remain', 'stays', 'stay'].includes(tokens[m.from - 3]?.word ?? '') && tokens[m.from - 2]?.word === 'under')) ||
    // ("which projects we personally will and won't help with": what the licensor itself will do.)
    (m.slot === 'modal' && m.concept === 'prohibit' && tokens.slice(Math.max(0, m.from - 4), m.from).some((x) => x.word === 'we') && !tokens.slice(Math.max(0, m.from - 4), m.from).some((x) => ['you', 'licensee', 'licensees', 'anyone', 'users'].includes(x.word)) && OUR_DEEDS.has(tokens[m.to]?.word ?? '')) ||
    // ("… which forbade use by companies …", "The 2017 edition of this licence prohibited use …": what an earlier text did, not a ban now.)
    (m.slot === 'modal' && m.concept === 'prohibit' && m.to - m.from === 1 && (tokens[m.from]?.word === 'forbade' || (['prohibited', 'banned', 'barred'].includes(tokens[m.from]?.word ?? '') && EARLIER_TEXT.has(tokens[m.from - 1]?.word ?? '') && !['by', 'from', 'to'].includes(tokens[m.to]?.word ?? '')))) ||
    // ("that licence was never OSI-approved": a fact about the past.)
    (m.slot === 'modal' && m.concept === 'prohibit' && tokens[m.from]?.word === 'never' && m.to - m.from === 1 && ['was', 'were', 'had'].includes(tokens[m.from - 1]?.word ?? '')) ||
    // ("The Licensor forbids no one from charging": a ban on nobody.)
    (m.slot === 'modal' && m.concept === 'prohibit' && (['nobody', 'none'].includes(tokens[m.to]?.word ?? '') || (tokens[m.to]?.word === 'no' && tokens[m.to + 1]?.word === 'one'))) ||
    // ("This licence does not list embargoed countries", "… does not change Pendle's licence": what the licence's text does or does not do, not a ban on anyone.)
    (m.slot === 'modal' && m.concept === 'prohibit' && tokens[m.from]?.word === 'does' && m.from > 0 && !tokens[m.from].stop && tokens[m.to - 1]?.word === 'not' && TEXT_VERBS.has(tokens[m.to]?.word ?? '')) ||
    (m.slot === 'modal' && m.concept === 'noRights' && tokens[m.from]?.word === 'not' && ['change', 'alter', 'affect'].includes(tokens[m.from + 1]?.word ?? '')) ||
    // ("describes our evaluation, not your licence, which allows any use": what a word is about, not rights withheld.)
    (m.slot === 'modal' && m.concept === 'noRights' && tokens[m.from]?.word === 'not' && /^licen[cs]e$/.test(tokens[m.to - 1]?.word ?? '') && m.to - m.from <= 3 && [undefined, 'which', 'that', 'and', 'but'].includes(tokens[m.to]?.word)) ||
    // ("… which may be updated from time to time": a verb, not an update service.)
    (m.slot === 'object' && m.concept === 'service' && m.to - m.from === 1 && /^updat/.test(tokens[m.from]?.word ?? '') && ['be', 'been', 'is', 'are', 'being', 'to', 'may', 'will', 'can', 'shall'].includes(tokens[m.from - 1]?.word ?? '')) ||
    // ("… reserves the right to deny this licence to any person whose conduct …": whom the licence may be denied, not a grant to all.)
    (m.slot === 'soft' && m.concept === 'permitAll' && tokens.slice(Math.max(0, m.from - 5), m.from).some((x) => ['deny', 'refuse', 'withhold', 'exclude', 'bar', 'ban', 'revoke', 'terminate'].includes(x.word))) ||
    // ("If any component is extracted …, the rights … no longer apply to that component": what follows from a condition, not a history note.)
    (m.slot === 'past' && m.concept === 'history' && tokens[m.from]?.word === 'no' && tokens[m.from + 1]?.word === 'longer' && tokens.slice(0, m.from).some((x, i) => CONDITION_WORDS.has(x.word) && (i === 0 || x.stop === true))) ||
    // ("the Licensor's internal watchlist", "our internal review": the licensor's own records or process, not an internal-use purpose.)
    (m.slot === 'purpose' && m.concept === 'internal' && m.to - m.from === 1 && ['licensor', 'our', 'its', 'maintainers', 'authors', 'vendor'].includes(tokens[m.from - 1]?.word ?? '') && !/^(?:use|uses|purposes?|projects?|operations?|business|activities)$/.test(tokens[m.to]?.word ?? '')) ||
    // ("you're not covered until you fill out the request form": rights withheld until a step, not a statement that something is out of reach.)
    (m.slot === 'soft' && tokens[m.to - 1]?.lemma === 'cover' && tokens.slice(m.from, m.to).some((x) => x.word === 'not') && ['until', 'unless'].includes(tokens[m.to]?.word ?? '')) ||
    // ("no right depends on buying it": nothing is conditioned, nothing forbidden.)
    (m.slot === 'modal' && (m.concept === 'prohibit' || m.concept === 'noRights') && tokens[m.from]?.word === 'no' && tokens[m.to]?.lemma === 'depend') ||
    // ("a paid software bundle": what the bundle is, not a payment owed.)
    (m.slot === 'fee' && m.concept === 'pay' && m.to - m.from === 1 && tokens[m.from]?.word === 'paid' && PAID_NOUNS.has(tokens[m.to]?.word ?? '')) ||
    // ("releases such an individual from confidentiality obligations": a discharge, not a release of the work.)
    (m.slot === 'action' && m.concept === 'distribute' && tokens[m.from]?.lemma === 'release' && tokens.slice(m.to, m.to + 5).some((x) => x.word === 'from') && !tokens.slice(m.to, m.to + 5).some((x) => WORK_NOUNS.has(x.word))) ||
    // ("bug reports that cannot be reproduced on Linux": what a thing is like, not what the licensee may do.)
    (m.slot === 'modal' && m.concept === 'prohibit' && tokens[m.from]?.word === 'cannot' && ['that', 'which'].includes(tokens[m.from - 1]?.word ?? '') && !WORK_NOUNS.has(tokens[m.from - 2]?.word ?? '')) ||
    // ("training text drawn from archival sources": where data came from, not the work's source; not "built from the sources".)
    (m.slot === 'object' && m.concept === 'source' && tokens[m.from]?.word === 'sources' && m.to - m.from === 1 && tokens.some((x) => DATA_WORDS.has(x.word)) &&
      tokens.slice(Math.max(0, m.from - 3), m.from).some((x) => x.word === 'from') && !['the', 'its', 'their', 'our', 'your', 'his', 'her', 'corresponding'].includes(tokens[m.from - 1]?.word ?? '')) ||
    // ("a separate commercial license from the author": another licence, not a part separated from a product.)
    (m.slot === 'product' && tokens[m.from]?.word === 'separate' && tokens.slice(m.from, m.to).some((x) => ['license', 'licence', 'agreement', 'permission', 'contract'].includes(x.lemma)));
}
