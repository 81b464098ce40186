/**
 * Grants of rights: what a fix must never take away. A grant is counted wherever the licence
 * gives rights, in any of the forms licences use: "Licensor grants You a … licence", "Permission
 * is hereby granted", "You may use, copy and modify", "Redistribution and use … are permitted",
 * "The Software may be used, copied …". Negated, conditional and future grants ("does not grant",
 * "until Acme grants such rights", "may grant to you in its sole discretion") are not grants.
 */
import { cleanText } from './language';
import { AnyOf, Near, type TextPattern } from './near';

const SUBJECT = String.raw`(?:you|licensee|licensees|the\s+licensee|recipients?|anyone|everyone|any\s+person|users?|each\s+recipient)`;
const RIGHT_VERB = String.raw`(?:use|copy|modify|merge|distribute|redistribute|sell|reproduce|run|share|publish|sublicense|convey|make|create|prepare|adapt|perform|display|deal|study|change|host|train|fine-tune|give)`;

const GRANT_FORMS: readonly TextPattern[] = [
  // "Acme grants you a … licence", "each Contributor hereby grants to You a … copyright license".
  new Near(/(?<!\bnot\s)(?<!\bno\s)(?<!\bnever\s)\b(?:hereby\s+)?grants?\s+(?!such\b|no\b|any\b|them\b|it\b|or\b)/i, ['[^.;]{0,200}?', /\b(?:licen[cs]es?|rights?|permission)\b/i]),
  // "Permission is hereby granted", "the following rights are granted to you" (not "no licence is granted", "before any rights are granted").
  /(?<!\bno\s)(?<!\bany\s)(?<!\bsuch\s)\b(?:permission|licen[cs]e|rights?)\s+(?:is|are)\s+(?:hereby\s+)?granted\b/i,
  // "You are granted a … licence", "Licensee is hereby granted the right".
  new RegExp(String.raw`\b${SUBJECT}\s+(?:is|are|shall\s+be|will\s+be)\s+(?:hereby\s+)?granted\b`, 'i'),
  // "is licensed to you", "licenses the Work to you".
  new RegExp(String.raw`\b(?:is|are)\s+(?:hereby\s+)?licen[cs]ed\s+to\s+${SUBJECT}\b|\bhereby\s+licen[cs]es\b`, 'i'),
  // "You may use, copy and modify", "you can redistribute it", "Licensee is free to use".
  new RegExp(String.raw`\b${SUBJECT}\s+(?:may|can|(?:is|are)\s+(?:free|permitted|allowed|entitled)\s+to)\s+(?!not\b|never\b)(?:(?:also|freely|then|at\s+your\s+option)\s+)?(?:\w+,?\s+(?:and\s+|or\s+)?){0,2}?${RIGHT_VERB}\b`, 'i'),
  // "Redistribution and use … are permitted", "The Software may be used, copied, …".
  new Near(/\b(?:use|redistribution|distribution|copying|modification)\b/i, ['[^.;]{0,120}?', /\b(?:is|are)\s+(?:hereby\s+)?permitted\b/i]),
  // "The Software may be used, copied …" (not "information that can be used to harm").
  /(?<!\b(?:that|which|who)\s)\b(?:may|can)\s+be\s+(?:freely\s+)?(?:used|copied|modified|distributed|redistributed|sold|reproduced|shared|published)\b/i,
];

const GRANT = new AnyOf(...GRANT_FORMS);

/** A sentence that opens with a negation ("No licence is granted …", "Nothing herein …") grants nothing. */
const NEGATED = /^\W*(?:no|nothing|neither|none|nobody|no\s+one)\b/i;

/** The sentences of a text that grant rights. */
function grantSentences(text: string): string[] {
  return cleanText(text)
    .split(/(?<=[.;:])\s+|\n\s*\n/)
    .filter((sentence) => {
      if (sentence.length === 0 || NEGATED.test(sentence)) return false;
      GRANT.lastIndex = 0;
      return GRANT.test(sentence);
    });
}

/** How many sentences of a text grant rights. */
export function countGrants(text: string): number {
  return grantSentences(text).length;
}

/** Whether a text grants rights. */
export function grantsRights(text: string): boolean {
  return grantSentences(text).length > 0;
}
