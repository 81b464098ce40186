import { type DraftStyle, sentenceCase } from '../draftStyle';
import { has } from '../language';
import { permit, tidy } from '../rewrite';
import { matchAt, type Rule } from '../rule';

const SOURCE_WITHHELD = new RegExp(
  String.raw`\b(?:source\s+code(?:\s+of(?:\s+[\w-]+){1,6}?)?\s+(?:is|shall\s+remain|remains|shall\s+be\s+kept|will\s+remain)\s+(?:strictly\s+)?(?:confidential|secret|proprietary)|` +
    String.raw`(?:may|shall|must|will)\s+not\s+(?:disclose|distribute|publish|release|share|redistribute)\s+(?:the\s+|any\s+|its\s+)?source(?:\s+code)?|` +
    String.raw`source\s+code\s+(?:is|will\s+be|shall\s+be)\s+not\s+(?:provided|available|distributed|made\s+available)|` +
    String.raw`(?:is|are)\s+(?:not\s+)?(?:provided|distributed|licensed|made\s+available)\s+(?:only|solely|exclusively)\s+in\s+(?:binary|object(?:\s+code)?|compiled|executable|machine-readable)\s+form|` +
    String.raw`(?:only|solely|exclusively)\s+in\s+(?:binary|object\s+code|compiled|executable)\s+form|` +
    String.raw`binary-only(?![\s-]+(?:blobs?|components?|dependencies|librar(?:y|ies)|modules?|plug-?ins?|drivers?)\b)|(?:must|shall|may)\s+(?:be\s+)?obfuscat\w*|deliberately\s+obfuscated\s+(?:source|code)\s+(?:is|are)\s+(?:permitted|allowed|acceptable)|` +
    String.raw`no\s+(?:right|licen[sc]e)\s+to\s+(?:the\s+)?source\s+code)`,
  'i',
);
/** "distributed solely in compiled form" → "in source code and compiled form"; "may not publish the source" → "may publish". */
function rewriteSource(s: string): string | undefined {
  let out = permit(s, String.raw`disclose|distribute|publish|release|share|redistribute`) ?? s;
  out = out.replace(/\b(?:only|solely|exclusively)\s+in\s+(binary|object\s+code|object|compiled|executable|machine-readable)\s+form\b/gi, 'in source code and $1 form');
  // "…, only the binaries." at the end of a sentence goes with its comma.
  const only = /\b(?:only|solely)\s+the\s+(?:binaries|executables?|object\s+code|compiled\s+(?:form|code))\b/i.exec(out);
  if (only && /^\s*(?:[.;]|$)/.test(out.slice(only.index + only[0].length))) {
    const before = out.slice(0, only.index);
    const comma = before.lastIndexOf(',');
    const from = comma >= 0 && /^,\s*(?:but\s+)?$/i.test(before.slice(comma)) ? comma : only.index;
    out = out.slice(0, from) + out.slice(only.index + only[0].length);
  }
  out = tidy(out);
  return out === s ? undefined : out;
}

const GPL_STYLE = /\b(?:provided\s+that|as\s+long\s+as|if\s+you\s+also|accompan\w+|corresponding\s+source|offer\s+(?:to\s+)?(?:give|provide)|together\s+with)\b/i;

/** The licence withholds source code, or allows distribution only in binary or obfuscated form. */
export const sourceWithheld: Rule = {
  id: 'source-withheld',
  trigger: ['source', 'binary', 'object', 'compiled', 'executable', 'obfuscat*'],
  alsoNeeds: ['confidential', 'secret', 'proprietary', 'not', 'no', 'only', 'solely', 'exclusively', 'binary', 'obfuscat*', 'must', 'shall', 'may'],
  title: 'Source code is withheld or only binaries may be distributed',
  criteria: [2],
  severity: 'error',
  explanation: 'OSD 2 requires the program to include source code in the preferred form for modification, and to allow distribution in source as well as compiled form. Confidential, binary-only or obfuscated source breaks it.',
  suggestion: 'Allow distribution in source and compiled form, and make the preferred form for modification available.',
  fix: {
    title: 'Allow source and binary distribution',
    rewrite: (s) => rewriteSource(s),
    replace: (style: DraftStyle) => `${sentenceCase(style.licensee)} may distribute ${style.work} in source code and in compiled form.`,
  },
  examples: {
    fail: [
      'The source code of the engine remains strictly confidential and is the property of the Vendor.',
      'The toolkit is distributed solely in compiled form.',
      'You may not publish the source code of the Software.',
      'Recipients shall not redistribute the source, only the binaries.',
    ],
    pass: [
      'You may distribute the Program in object code form provided that you also make the Corresponding Source available.',
      'Source code means the preferred form of the work for making modifications to it.',
      'You may distribute the Software in source or binary form.',
    ],
  },
  check(ctx) {
    if (!has(SOURCE_WITHHELD, ctx.text) || ctx.facts.nonBinding) return undefined;
    if (/\bonly\s+in\s+(?:binary|object|compiled|executable)/i.test(ctx.text) && has(GPL_STYLE, ctx.text)) return undefined;
    return matchAt(ctx, SOURCE_WITHHELD);
  },
};

export const osd2Rules: readonly Rule[] = [sourceWithheld];
