/**
 * Ideas the clause model judges on its own (no wording-specific matcher): their examples are
 * their tests, as for every rule.
 */
import { permit } from '../rewrite';
import type { Rule } from '../rule';
import { automaticLicence } from './osd7-distribution';
import { LEARNED_RULE } from '../model/learned/judgement';

const byModel = (): undefined => undefined;

export const distributionPermission: Rule = {
  id: 'distribution-permission',
  title: "Distribution needs the licensor's permission, agreement or notice",
  criteria: [1],
  severity: 'error',
  explanation: 'OSD 1 requires that anyone may give away or sell the program, on any medium and through any channel. Making distribution depend on the licensor\'s permission, a distribution agreement or a notice to the licensor takes that freedom away.',
  suggestion: 'Let anyone distribute the work under this licence alone, without asking or notifying the licensor.',
  fix: { title: 'Remove the permission requirement' },
  examples: {
    fail: [
      'Shipping the Engine on pre-installed laptops requires the Vendor\'s prior written consent.',
      'Anyone wishing to redistribute the Dataset Tools must first obtain approval from the Steering Board.',
      'Publication of the Toolkit in an app marketplace is subject to a separate written agreement with the Publisher.',
    ],
    pass: [
      'You may redistribute the Engine on any medium without asking us.',
      'Modified versions may not be distributed under the Vendor\'s trademarks without permission, but may be distributed under another name.',
      'You may not use the names of the authors to promote products without their written consent.',
    ],
  },
  check: byModel,
};

export const aggregateBan: Rule = {
  id: 'aggregate-ban',
  title: 'The work may not go into a compilation or aggregate distribution',
  criteria: [1],
  severity: 'error',
  explanation: 'OSD 1 requires that anyone may sell or give away the software as a component of an aggregate software distribution containing programs from several different sources. Forbidding compilations, collections, disc images or package repositories, or making them depend on permission, breaks it.',
  suggestion: 'Allow the work to be included in any compilation or distribution, alone or with other programs.',
  fix: {
    title: 'Allow aggregate distributions',
    rewrite: (s) => permit(s, String.raw`placed|included|include|distributed|bundled|bundle|put|shipped`),
  },
  examples: {
    fail: [
      'The Toolkit shall not be placed in any package repository or software collection that also carries third-party programs.',
      'No compilation, disc image or bundle containing the Engine may be distributed without the Vendor\'s prior written consent.',
      'You must not include the Fonts in any aggregate collection offered to the public.',
    ],
    pass: [
      'You may include the Toolkit in any compilation, alone or with other programs, and sell it.',
      'Collecting the Engine with unrelated programs in one distribution does not bring them under this licence.',
      'You may not sell the Fonts by themselves, but you may sell them as part of a larger software package.',
    ],
  },
  check: byModel,
};

export const reverseEngineeringBan: Rule = {
  id: 'reverse-engineering-ban',
  title: 'Studying the program through its code is forbidden',
  criteria: [2],
  severity: 'error',
  explanation: 'OSD 2 requires the source code, in the preferred form for modification, to be available; a ban on decompiling, disassembling, decrypting or otherwise looking into the program only makes sense where the source is not really available.',
  suggestion: 'Remove the ban and publish the source code in the preferred form for modification.',
  fix: { title: 'Remove the reverse-engineering ban' },
  examples: {
    fail: [
      'The licensee must not disassemble the firmware or try to work out how its algorithms function.',
      'Decompiling or decrypting the shipped weights is prohibited.',
      'You shall not reverse-engineer any part of the Plugin.',
    ],
    pass: [
      'Your terms must permit reverse engineering for debugging modifications of the Library.',
      'You may study how the program works and change it.',
      'The source code of the firmware is published with each release.',
    ],
  },
  check: byModel,
};

export const circumventionBan: Rule = {
  id: 'circumvention-ban',
  title: 'Changing or bypassing a built-in limit is forbidden',
  criteria: [3],
  severity: 'error',
  explanation: 'OSD 3 requires that modifications be allowed. Forbidding changes that remove a licence key check, a usage limit, a safety filter or a watermark forbids exactly the modifications the licensor does not like.',
  suggestion: 'Allow every modification; describe the feature instead and let the law, not the licence, govern misuse.',
  fix: { title: 'Remove the circumvention ban' },
  examples: {
    fail: [
      'You may not bypass or disable the licence key check in the Server.',
      'Users shall not strip the content filter from the Model or tamper with its safety settings.',
      'It is forbidden to switch off the usage metering built into the Agent.',
    ],
    pass: [
      'You may modify any part of the Model, including its safety filter.',
      'You may not remove copyright notices from the source files.',
      'A distributor may not use technical measures to stop recipients from exercising the rights granted here.',
    ],
  },
  check: byModel,
};

export const rightsNotPassed: Rule = {
  id: 'rights-not-passed',
  title: 'Recipients do not get the rights',
  criteria: [7],
  severity: 'error',
  explanation: 'OSD 7 requires the rights attached to the program to apply to everyone to whom it is redistributed. A clause that gives recipients no licence, or only recipients who got the work from the licensor, breaks it.',
  suggestion: 'State that every recipient of a copy automatically receives a licence under these terms.',
  fix: { title: 'Grant recipients the licence automatically', replace: (style) => automaticLicence(style) },
  examples: {
    fail: [
      'Third parties who receive the Software from you are not licensed to use it.',
      'Customers of a reseller acquire no rights in the Engine.',
      'A recipient who gets the Model from a mirror has no licence to run it.',
    ],
    pass: [
      'Each recipient automatically receives a licence from the original licensor.',
      'Every recipient of the Work receives a license directly from the Licensor on the terms of this License.',
      'Recipients may exercise the same rights as you.',
    ],
  },
  check: byModel,
};

export const platformSpecific: Rule = {
  id: 'platform-specific',
  title: 'The rights depend on a platform, interface or medium',
  criteria: [10],
  severity: 'error',
  explanation: 'OSD 10 forbids provisions predicated on an individual technology or style of interface. Allowing use only on one operating system, only through one interface, or distribution only through one kind of channel ties the licence to a technology.',
  suggestion: 'Grant the rights on every platform, through every interface and by every means of distribution.',
  fix: { title: 'Remove the platform restriction' },
  examples: {
    fail: [
      'The Editor is licensed for use only on machines running macOS.',
      'The Service Kit may be accessed only through its graphical interface and not by scripts.',
      'You may distribute the Fonts only on physical media.',
    ],
    pass: [
      'The Editor runs on macOS, Windows and Linux, and you may use it on any of them.',
      'You may access the Service Kit through its graphical interface, its API or scripts.',
      'Where you distribute executables on a physical medium, the source may be supplied on the same kind of medium.',
    ],
  },
  check: byModel,
};

/**
 * The learned layer (model/learned): a clause the decisions found nothing in, but which reads like
 * the labelled clauses that break a criterion. Always a warning: a human should look.
 */
export const resemblesRestriction: Rule = {
  id: LEARNED_RULE,
  title: 'Reads like a restriction the OSD does not allow',
  criteria: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
  severity: 'warning',
  lastResort: true,
  explanation: 'None of OSD Lint\'s decisions matched this clause, but its learned layer, trained on labelled clauses that break and keep each criterion, reads it as one that breaks the criterion named. The words that weigh most in that reading are listed. Check whether the clause takes away a freedom the criterion protects.',
  suggestion: 'If the clause restricts who may use, copy, change or pass on the work, or for what, remove the restriction or make it a request that binds nobody.',
  fix: { title: 'Remove this clause' },
  examples: {
    fail: [
      'Each person who receives the Engine must first confirm their identity with the Foundation.',
      'Whoever obtains the Library from a third party must first confirm their identity with the Maintainer.',
      'Every person running the Engine must first verify their email address with the Foundation.',
    ],
    pass: [
      'Each person who receives the Engine may, if they wish, tell the Foundation who they are.',
      'Recipients need not confirm their identity with anyone.',
      "The Engine may be run on any device, whether or not it carries the Foundation's seal.",
    ],
  },
  check: byModel,
};
