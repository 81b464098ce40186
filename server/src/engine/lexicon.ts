/**
 * Vocabulary of restricted fields and excluded groups. Each entry is a label a message can name
 * and a pattern for its wordings; rules combine them with modality (see language.ts).
 */
import { Near, type TextPattern } from './near';

export interface Term {
  readonly label: string;
  readonly pattern: TextPattern;
}

const t = (label: string, source: string): Term => ({ label, pattern: new RegExp(String.raw`\b(?:${source})`, 'i') });

/** Fields of endeavour (OSD 6) that restrictive licences single out. */
export const FIELDS: readonly Term[] = [
  t('military use', String.raw`military|warfare|armed\s+forces|weapon\w*|munitions?|ITAR\b|defen[cs]e\s+(?:industry|sector|contractors?|purposes|applications)|national\s+defen[cs]e|combat`),
  t('nuclear use', String.raw`nuclear`),
  t('surveillance', String.raw`(?:mass\s+)?surveillance|espionage|spying|facial\s+recognition|biometric\s+(?:identification|categori[sz]ation|surveillance)|track(?:ing)?\s+(?:individuals|people|persons)`),
  t('law enforcement and justice', String.raw`law\s+enforcement|policing|police|immigration|asylum|administration\s+of\s+justice|criminal\s+justice|border\s+control|predictive\s+(?:policing|justice)`),
  t('medical use', String.raw`medical\s+(?:advice|diagnos\w*|results|treatment|purposes|devices?|use)|clinical\s+(?:use|decisions?|diagnos\w*)|healthcare\s+(?:decisions?|diagnos\w*)`),
  t('critical infrastructure and transport', String.raw`critical\s+infrastructure|transportation\s+technolog\w*|heavy\s+machinery|air\s+traffic|power\s+grids?|autonomous\s+vehicles?`),
  t('adult content', String.raw`sexually\s+explicit|pornograph\w*|adult\s+(?:content|entertainment)|sexual\s+(?:content|gratification|chatbots?)`),
  t('gambling', String.raw`gambling|casinos?|betting`),
  t('fossil fuels and extraction', String.raw`fossil\s+fuels?|oil\s+and\s+gas|coal\s+mining|mineral\s+(?:exploration|extraction)`),
  t('tobacco, alcohol and firearms', String.raw`tobacco|alcohol(?:ic)?|firearms?|guns`),
  t('automated decision-making', String.raw`automated\s+decisions?|automated\s+decision-making|credit\s+scoring|(?:decisions?|determinations?)\s+(?:about|on)\s+(?:eligibility|employment|credit|housing|insurance)`),
  t('political campaigning', String.raw`political\s+(?:campaign\w*|advertising|lobbying)|electioneering|election\s+interference`),
  t('passing off output as human', String.raw`human-generated|(?:created|written|generated)\s+by\s+(?:a\s+)?humans?|represent\w*\s+(?:that\s+)?(?:the\s+)?(?:use\s+of\s+)?(?:[\w-]+\s+){0,6}outputs?\s+(?:is|are|as)\s+human`),
  t('professional advice', String.raw`(?:legal|financial|medical|investment|tax)\s+advice|unlicensed\s+practice|practice\s+of\s+(?:any\s+)?(?:law|medicine|profession)`),
  t('a business or competing use', String.raw`compet(?:e|ing|itive|itor\w*)\s+(?:with|products?|services?|offerings?|models?|business)`),
];

/** Words that any of the FIELDS patterns needs (the trigger of rules built on FIELDS). */
export const FIELD_WORDS: readonly string[] = [
  'military', 'warfare', 'armed', 'weapon*', 'munition*', 'itar', 'defen*', 'combat', 'nuclear', 'surveillance', 'espionage', 'spying',
  'facial', 'biometric', 'track*', 'law', 'policing', 'police', 'immigration', 'asylum', 'justice', 'border', 'predictive', 'medical',
  'clinical', 'healthcare', 'critical', 'transportation', 'heavy', 'air', 'power', 'autonomous', 'sexually', 'pornograph*', 'adult',
  'sexual', 'gambling', 'casino*', 'betting', 'fossil', 'oil', 'coal', 'mineral', 'tobacco', 'alcohol*', 'firearm*', 'guns', 'automated',
  'credit', 'decision*', 'determination*', 'political', 'electioneering', 'election', 'human', 'humans', 'represent*', 'legal', 'financial',
  'investment', 'tax', 'unlicensed', 'practice', 'compet*',
];

/** Words that any of the GROUPS patterns needs. */
export const GROUP_WORDS: readonly string[] = [
  'government*', 'public', 'state', 'entit*', 'organi*', 'compan*', 'person*', 'armed', 'military', 'defen*', 'law', 'police',
  'competitor*', 'competing', 'cloud', 'hyperscaler*', 'hosting', 'managed', 'political', 'multinational', 'fortune', 'publicly',
  'domiciled', 'resident*', 'residing', 'located', 'incorporated', 'headquartered', 'based', 'principal', 'citizen*', 'national*', 'individual*',
];

/** Classes of persons (OSD 5) that restrictive licences exclude. */
export const GROUPS: readonly Term[] = [
  t('governments', String.raw`governments?(?:\s+(?:agenc(?:y|ies)|bod(?:y|ies)|entit(?:y|ies)|departments?|contractors?))?|public\s+(?:sector|authorit(?:y|ies))|state-owned`),
  t('military organisations', String.raw`(?:entit(?:y|ies)|organi[sz]ations?|companies|company|persons?)\s+(?:which|that|who)\s+(?:conducts?|engages?\s+in|participates?\s+in|supports?)\s+(?:military|defen[cs]e)|armed\s+forces|military\s+(?:organi[sz]ations?|contractors?|agenc(?:y|ies)|bodies)|defen[cs]e\s+contractors?`),
  t('law-enforcement agencies', String.raw`law\s+enforcement\s+agenc(?:y|ies)|police\s+(?:forces?|departments?)`),
  t('competitors', String.raw`(?:your\s+|our\s+|a\s+|any\s+)?competitors?\b|competing\s+(?:companies|businesses|vendors|entities)`),
  t('cloud and hosting providers', String.raw`cloud\s+(?:service\s+)?providers?|hyperscalers?|hosting\s+providers?|managed\s+service\s+providers?`),
  t('political parties', String.raw`political\s+(?:parties|party|organi[sz]ations?)`),
  t('multinational corporations', String.raw`multinational\s+corporations?|fortune\s+\d+|publicly\s+(?:traded|listed)\s+compan(?:y|ies)`),
  t('people of a place', String.raw`(?:domiciled|resident|residing|located|incorporated|headquartered|based|organi[sz]ed)\s+in|principal\s+place\s+of\s+business\s+in|citizens?\s+of|nationals?\s+of|residents?\s+of`),
  {
    label: 'an industry',
    pattern: new Near(/\b(?:individual|entity|entities|company|companies|organi[sz]ation|person)s?,?\s/i, ['[^.;]{0,160}?', /\b(?:that|which|who)\s+(?:engages?|participates?|conducts?|operates?|works?)\s+in/i]),
  },
];

/** Measures of a licensee's size (OSD 5 thresholds). */
export const SIZE_METRIC = new RegExp(
  String.raw`\b(?:(?:monthly|daily|weekly|annual)\s+active\s+users|active\s+users|MAUs?|DAUs?|(?:end\s+)?users|customers|subscribers|seats|installations|` +
    String.raw`employees|employs|staff|headcount|individuals\s+working|workers|people|persons|` +
    String.raw`(?:(?:annual|gross|total|yearly|global)\s+){0,3}(?:revenues?|turnover|sales|income)|market\s+(?:cap|capitali[sz]ation|value)|valuation|(?:total\s+)?assets)\b`,
  'i',
);

const NUMBER_START = String.raw`(?:[$€£¥]\s*)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+(?:hundred|thousand|million|billion))\b)`;

/** A comparison followed by a quantity: "more than 700 million", "fewer than one hundred", "1M or more". */
export const COMPARATOR = new RegExp(
  String.raw`(?:\b(?:more\s+than|greater\s+than|fewer\s+than|less\s+than|exceed(?:s|ed|ing)?|in\s+excess\s+of|over|above|below|under|at\s+least|at\s+most|up\s+to|no\s+more\s+than|maximum\s+of|minimum\s+of)|[<>≤≥])\s+(?:(?:the|a|an|of|USD|EUR|GBP|US\$|total|annual|gross)\s+)*${NUMBER_START}|` +
    String.raw`(?<![\d,.])\d[\d,.]*\)?(?:\s*(?:[kKmMbB]n?|thousand|million|billion))?\)?\s+(?:[\w-]+\s+){0,4}?or\s+(?:more|fewer|less|greater)\b|` +
    String.raw`\b(?:hits?|reach(?:es|ed)?|pass(?:es|ed)?|cross(?:es|ed)?|surpass(?:es|ed)?|tops?)\s+(?:(?:the|a|an|of)\s+)*${NUMBER_START}`,
  'i',
);

/** The first term of `terms` found in `s`, with its position. */
export function findTerm(terms: readonly Term[], s: string): { term: Term; index: number; length: number } | undefined {
  let best: { term: Term; index: number; length: number } | undefined;
  for (const term of terms) {
    const m = term.pattern.exec(s);
    if (m && (!best || m.index < best.index)) best = { term, index: m.index, length: m[0].length };
  }
  return best;
}
