/**
 * OSD 4, integrity of the author's source code: a licence may require modified source to travel as
 * the original plus patches, but not forbid distributing what is built from it.
 */
import { about, type Decide, statesPractice, words } from './decide';
import type { Reading } from './reading';

/** Calling a build official: "label their builds 'Official Ember Release'", "describe it as official". */
const OFFICIAL_LABEL = /\b(?:label|call|name|brand|mark|describe|present|advertise|title)\w*\s+(?:[\w-]+\s+){0,3}?(?:as\s+)?['"\u2018\u201c]?official\b/i;

/** Patches allowed and what is built from them refused in the same breath. */
const PATCHES_NOT_BUILDS = /\bpatch\w*\b[^.;]{0,40}?,?\s+but\s+not\s+(?:any\s+|the\s+)?(?:binar|build|built|compiled|executable)/i;

/** What "only" narrows is a label or mark: "only Certified Builds may be labelled 'Lindqvist Certified'", "only versions seeking to carry the 'Hollis Reviewed' mark". */
const LABEL_AFTER = /^[^.;]{0,60}?\b(?:(?:be\s+)?labell?ed|carry|bear|display)\s+(?:the\s+)?(?:["'\u201c\u2018]|(?:mark|label|logo|trademark|badge|seal)\b)/i;
const onlyLabels = (r: Reading): boolean => r.all('modal', 'exclusive').every((x) => !x.inherited && LABEL_AFTER.test(r.text.slice(x.end - r.provision.start, x.end - r.provision.start + 90)));

/** Under a name or mark: "under the Acme name". */
const UNDER_NAME = /\bunder\s+(?:the|our|its|their)\s+(?:[\w-]+\s+){0,2}?(?:names?|marks?|trademarks?|brand|logo)\b/i;

export const patchOnly: Decide = (r, s) => {
  // (Not "Modified builds must not be presented as an official release": what is forbidden is the presentation.)
  // (Nor "Only builds signed by the release team count as official releases": a rule on the label "official".)
  if (r.has('guard', 'shareAlike') || r.all('guard', 'origin').some((g) => /official/i.test(words(r, g)) || r.forces().some((f) => g.from >= f.to && g.from - f.to <= 3))) return undefined;
  // (Nor a label: "must not label their builds 'Official Ember Release'"; nor what the licensor publishes: "Official binaries are published only for x86-64".)
  if (OFFICIAL_LABEL.test(r.text) || statesPractice(r.text)) return undefined;
  // (Nor "only … may be labelled …": the label is narrowed, not the builds.)
  if (r.exclusive && !r.prohibits && onlyLabels(r)) return undefined;
  const patch = r.own('object', 'patch');
  const binary = r.own('object', 'binary');
  if (patch && r.governs(patch, 10) && (r.exclusive || r.prohibits) && !s.binariesPermitted()) return { rule: 'patch-only-no-binaries', criteria: [4], ...about('patches', r, patch) };
  // (Nor builds kept from a name: "Only the Licensor may distribute official builds under the Acme name".)
  if (binary && r.governs(binary, 8) && (r.prohibits || r.exclusive) && !UNDER_NAME.test(r.text) && r.has('action', 'modify', 'distribute') && (r.has('object', 'patch') || /modif|patch|alter|chang|identical|official/i.test(r.text))) {
    return { rule: 'patch-only-no-binaries', criteria: [4], ...about('binaries', r, binary) };
  }
  // "You may distribute patch files, but not any binaries built from patched source."
  if (patch && binary && r.has('action', 'distribute') && PATCHES_NOT_BUILDS.test(r.text) && !s.binariesPermitted()) return { rule: 'patch-only-no-binaries', criteria: [4], ...about('binaries', r, binary) };
  return undefined;
};
