import type { Criterion } from './types';

/**
 * The ten criteria of the Open Source Definition.
 *
 * Criteria text: "The Open Source Definition" by the Open Source Initiative,
 * https://opensource.org/osd, licensed under CC BY 4.0
 * (https://creativecommons.org/licenses/by/4.0/). No changes made to the wording.
 */
export interface CriterionInfo {
  readonly number: Criterion;
  readonly title: string;
  /** The title in Chinese (our own rendering), for findings on Chinese clauses. */
  readonly titleZh: string;
  readonly text: string;
  readonly url: string;
}

export const OSD_ATTRIBUTION =
  '"The Open Source Definition" by the Open Source Initiative, https://opensource.org/osd, CC BY 4.0.';

const OSD_URL = 'https://opensource.org/osd';

const table: ReadonlyArray<readonly [Criterion, string, string, string]> = [
  [1, 'Free Redistribution', 'free-redistribution',
    'The license shall not restrict any party from selling or giving away the software as a component of an aggregate software distribution containing programs from several different sources. The license shall not require a royalty or other fee for such sale.'],
  [2, 'Source Code', 'source-code',
    'The program must include source code, and must allow distribution in source code as well as compiled form. Where some form of a product is not distributed with source code, there must be a well-publicized means of obtaining the source code for no more than a reasonable reproduction cost preferably, downloading via the Internet without charge. The source code must be the preferred form in which a programmer would modify the program. Deliberately obfuscated source code is not allowed. Intermediate forms such as the output of a preprocessor or translator are not allowed.'],
  [3, 'Derived Works', 'derived-works',
    'The license must allow modifications and derived works, and must allow them to be distributed under the same terms as the license of the original software.'],
  [4, "Integrity of The Author's Source Code", 'integrity-of-the-authors-source-code',
    'The license may restrict source-code from being distributed in modified form only if the license allows the distribution of "patch files" with the source code for the purpose of modifying the program at build time. The license must explicitly permit distribution of software built from modified source code. The license may require derived works to carry a different name or version number from the original software.'],
  [5, 'No Discrimination Against Persons or Groups', 'no-discrimination-against-persons-or-groups',
    'The license must not discriminate against any person or group of persons.'],
  [6, 'No Discrimination Against Fields of Endeavor', 'no-discrimination-against-fields-of-endeavor',
    'The license must not restrict anyone from making use of the program in a specific field of endeavor. For example, it may not restrict the program from being used in a business, or from being used for genetic research.'],
  [7, 'Distribution of License', 'distribution-of-license',
    'The rights attached to the program must apply to all to whom the program is redistributed without the need for execution of an additional license by those parties.'],
  [8, 'License Must Not Be Specific to a Product', 'license-must-not-be-specific-to-a-product',
    "The rights attached to the program must not depend on the program's being part of a particular software distribution. If the program is extracted from that distribution and used or distributed within the terms of the program's license, all parties to whom the program is redistributed should have the same rights as those that are granted in conjunction with the original software distribution."],
  [9, 'License Must Not Restrict Other Software', 'license-must-not-restrict-other-software',
    'The license must not place restrictions on other software that is distributed along with the licensed software. For example, the license must not insist that all other programs distributed on the same medium must be open-source software.'],
  [10, 'License Must Be Technology-Neutral', 'license-must-be-technology-neutral',
    'No provision of the license may be predicated on any individual technology or style of interface.'],
];

const TITLES_ZH: Readonly<Record<Criterion, string>> = {
  1: '自由再分发', 2: '源代码', 3: '衍生作品', 4: '作者源代码的完整性', 5: '不得歧视任何个人或群体',
  6: '不得歧视任何领域', 7: '许可证随程序分发', 8: '许可证不得专属于某一产品', 9: '许可证不得限制其他软件', 10: '许可证必须技术中立',
};

export const CRITERIA: ReadonlyMap<Criterion, CriterionInfo> = new Map(
  table.map(([number, title, anchor, text]) => [number, { number, title, titleZh: TITLES_ZH[number], text, url: `${OSD_URL}#${anchor}` }]),
);

/** Information on one criterion. */
export function criterion(n: Criterion): CriterionInfo {
  const info = CRITERIA.get(n);
  if (!info) throw new RangeError(`OSD has no criterion ${n}`);
  return info;
}

/** "OSD 6 (No Discrimination Against Fields of Endeavor)"; with `zh`, "… / 不得歧视任何领域)". */
export function criterionLabel(n: Criterion, zh = false): string {
  const c = criterion(n);
  return zh ? `OSD ${n} (${c.title} / ${c.titleZh})` : `OSD ${n} (${c.title})`;
}

export const ALL_CRITERIA: readonly Criterion[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/**
 * An explanation for the criteria a finding breaks: sentences that name only other criteria are
 * left out ("Where it also covers selling copies, it breaks OSD 1 too" for a finding of OSD 6 alone).
 */
export function explanationFor(explanation: string, criteria: readonly number[]): string {
  const kept = explanation.split(/(?<=[.!?])\s+/).filter((s) => {
    const named = [...s.matchAll(/\bOSD\s+(10|[1-9])\b/g)].map((m) => Number(m[1]));
    return named.length === 0 || named.some((n) => criteria.includes(n));
  });
  return kept.join(' ').trim() || explanation;
}
