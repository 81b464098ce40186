/**
 * How a draft names things, so that a fix writes in its words: the spelling of "Licence" or
 * "License", what the document calls itself ("this Agreement"), the work ("the Model", "the Font
 * Software", "the Acme Materials"), the licensor and the licensee.
 */
import type { Definition } from './types';

export interface DraftStyle {
  /** The noun as the draft spells it, capitalised: "Licence" or "License". */
  readonly licence: 'Licence' | 'License';
  /** Whether the draft capitalises the noun when it means itself ("this License"). */
  readonly capitalised: boolean;
  /** What the draft calls itself: "this Licence", "this Agreement", "these Terms". */
  readonly self: string;
  /** The work: "the Model", "the Software", "the Acme Materials". */
  readonly work: string;
  /** Who grants: "the Licensor", "Acme". */
  readonly licensor: string;
  /** Who receives: "You", "you", "the Licensee". */
  readonly licensee: string;
}

/** Nouns a licence names its work with, most specific first. */
const WORK_NOUNS = [
  'Font Software', 'Licensed Material', 'Licensed Work', 'Covered Software', 'Original Work', 'Model', 'Weights', 'Materials', 'Dataset', 'Data', 'Fonts', 'Font',
  'Library', 'Package', 'Program', 'Software', 'Toolkit', 'Engine', 'Plugin', 'Work', 'Product', 'Code',
];
const WORK_DEFINITION = /\b(?:model|weights|parameters|software|program|library|code|font|materials?|dataset|data|work|toolkit|engine|package|documentation)\b/i;

function count(text: string, re: RegExp): number {
  let n = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) n++;
  return n;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Reads the style of a draft from its text and defined terms. */
export function draftStyle(text: string, definitions: ReadonlyMap<string, Definition> = new Map()): DraftStyle {
  const british = count(text, /\blicence\b/gi);
  const american = count(text, /\blicense\b(?!\s+(?:to|the|it|them|this|that|your|its|their)\b)/gi);
  const licence = british > 0 && british >= american ? 'Licence' : 'License';
  const capitalised = count(text, /\b(?:this|the)\s+Licen[cs]e\b/g) >= count(text, /\b(?:this|the)\s+licen[cs]e\b/g) && /\bLicen[cs]e\b/.test(text);
  const selves: Array<[string, number]> = [
    [capitalised ? `this ${licence}` : `this ${licence.toLowerCase()}`, count(text, /\bthis\s+licen[cs]e\b/gi)],
    ['this Agreement', count(text, /\bthis\s+Agreement\b/g)],
    ['this agreement', count(text, /\bthis\s+agreement\b/g)],
    ['these Terms', count(text, /\bthese\s+Terms\b/g)],
  ];
  const self = selves.reduce((best, s) => (s[1] > best[1] ? s : best), selves[0])[0];
  return { licence, capitalised, self, work: workName(text, definitions), licensor: licensorName(text, definitions), licensee: licenseeName(text, definitions) };
}

/** The work: a defined term that names software, a model or materials, else the noun the draft uses most. */
function workName(text: string, definitions: ReadonlyMap<string, Definition>): string {
  let best: [string, number] = ['', 0];
  for (const d of definitions.values()) {
    if (!WORK_DEFINITION.test(d.text.slice(0, 200)) || /\b(?:licen[cs]ee|licen[cs]or|you|person|entity|polic(?:y|ies)|agreement|licen[cs]e|contributor)\b/i.test(d.term)) continue;
    const words = d.term.split(' ');
    if (words.length > 3 || !words.every((w) => /^[A-Z][\w-]*$/.test(w))) continue;
    const n = count(text, new RegExp(String.raw`\b(?:the|this|such)\s+${escape(d.term)}\b`, 'g'));
    if (n > best[1]) best = [`the ${d.term}`, n];
  }
  if (best[1] > 0) return best[0];
  for (const noun of WORK_NOUNS) {
    const n = count(text, new RegExp(String.raw`\b(?:the|this)\s+${noun.replace(' ', String.raw`\s+`)}\b`, 'g'));
    if (n > best[1]) best = [`the ${noun}`, n];
  }
  if (best[1] > 0) return best[0];
  return /\b(?:the|this)\s+software\b/i.test(text) ? 'the software' : 'the work';
}

function licensorName(text: string, definitions: ReadonlyMap<string, Definition>): string {
  if (definitions.has('Licensor') || /\bthe\s+Licensor\b/.test(text)) return 'the Licensor';
  const grantor = /\b((?:[A-Z][\w&.-]*\s+){0,2}[A-Z][\w&.-]*)\s+(?:hereby\s+)?grants\b/.exec(text);
  if (grantor && !/^(?:This|The|Licensor|Each)\b/.test(grantor[1])) return grantor[1];
  return /\bLicensor\b/.test(text) ? 'Licensor' : 'the licensor';
}

function licenseeName(text: string, definitions: ReadonlyMap<string, Definition>): string {
  const you = count(text, /(?<![.:;]\s)(?<!^)\bYou\b/gm);
  const lower = count(text, /\byou\b/g);
  if (you > 0 && you >= lower / 2) return 'You';
  if (lower > 0) return 'you';
  if (definitions.has('Licensee') || /\bthe\s+Licensee\b/.test(text)) return 'the Licensee';
  return 'you';
}

/** Capitalises the first letter (a name that starts a sentence). */
export function sentenceCase(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
