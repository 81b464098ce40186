import { has } from '../language';
import { permit, tidy } from '../rewrite';
import { sentenceCase } from '../draftStyle';
import { matchAt, type Rule } from '../rule';
import { AnyOf, Near } from '../near';

const NO_MODIFIED_BINARIES = /\b(?:(?:may|shall|must|can)\s+not\s+(?:\w+\s+){0,2}?(?:distribute|redistribute|ship|publish)\s+(?:any\s+)?(?:binaries|executables?|compiled\s+(?:forms?|versions?|code)|object\s+code|builds?)\s+(?:\w+\s+){0,2}?(?:built|compiled|produced|made|derived)\s+from\s+(?:a\s+)?modified|(?:binaries|executables?|builds?|compiled\s+forms?)\s+(?:built|compiled|produced|made)\s+from\s+modified\s+(?:source|code)[^.]{0,40}?(?:may|shall|must|can)\s+not\s+be\s+(?:distributed|redistributed|published))/i;
const PATCH_ONLY = /\b(?:only|solely|exclusively)\s+(?:in\s+the\s+form\s+of|as)\s+(?:separate\s+)?(?:patch(?:es|\s+files?)?|diffs?|difference\s+files?)|(?:patch(?:es|\s+files?)|diffs)\s+(?:only|alone)\b/i;
const BINARIES_ALLOWED = new AnyOf(
  new Near(/\b(?:machine-executable\s+forms?\s+of\s+(?:the\s+software\s+or\s+(?:machine-executable\s+forms\s+of\s+)?)?modified|(?:binaries|executables?|object\s+code|compiled\s+forms?|software)\s+(?:built|compiled|produced)\s+from\s+(?:the\s+)?modified\s+source)/i, ['[^.]{0,80}?', /\b(?:may|can|permitted|allowed)/i]),
  /\b(?:may|can)\s+(?:\w+\s+){0,3}?(?:distribute|redistribute)\s+(?:\w+\s+){0,6}?(?:built|compiled)\s+from\s+(?:the\s+)?modified/i,
);

/** Modified source may travel only as patches, and binaries built from it may not be shared. */
export const patchOnly: Rule = {
  id: 'patch-only-no-binaries',
  trigger: ['patch*', 'diff*', 'binar*', 'executable*', 'compiled', 'object', 'build', 'builds'],
  title: 'Only patches may be distributed, not software built from modified source',
  criteria: [4],
  severity: 'error',
  explanation: 'OSD 4 allows a licence to require changes to travel as patch files, but only if it explicitly permits distributing software built from modified source code.',
  suggestion: 'State that binaries built from modified source may be distributed, or drop the patch-only restriction.',
  fix: {
    title: 'Permit binaries built from modified source',
    rewrite: (s) => {
      const out = tidy((permit(s, String.raw`distribute|redistribute|ship|publish|distributed|redistributed|published|shipped`) ?? s).replace(/\b(?:only|solely|exclusively)\s+((?:in\s+the\s+form\s+of|as)\s+(?:separate\s+)?(?:patch|diff|difference))/gi, '$1'));
      return out === s ? undefined : out;
    },
    replace: (style) => `${sentenceCase(style.licensee)} may distribute software built from modified source code.`,
  },
  examples: {
    fail: [
      'You may not distribute binaries built from modified source code.',
      'Executables compiled from modified sources shall not be redistributed by anyone but the Author.',
      'Changes to the kernel may be shared solely as patch files.',
    ],
    pass: [
      'You may distribute modifications in the form of patch files, and you may distribute software built from the modified source.',
      'Derived works must carry a different name and version number from the original.',
      'You may distribute machine-executable forms of modified versions, provided they are clearly marked.',
    ],
  },
  check(ctx) {
    if (ctx.facts.nonBinding) return undefined;
    if (has(NO_MODIFIED_BINARIES, ctx.text)) return matchAt(ctx, NO_MODIFIED_BINARIES);
    if (!has(PATCH_ONLY, ctx.text) || has(BINARIES_ALLOWED, ctx.text)) return undefined;
    // Patch-only is allowed when the licence elsewhere permits binaries built from modified source.
    if (ctx.doc.mentions(BINARIES_ALLOWED)) return undefined;
    return matchAt(ctx, PATCH_ONLY, undefined, { severity: 'warning' });
  },
};

export const osd4Rules: readonly Rule[] = [patchOnly];
