/**
 * Who a community's duty falls on: a contributor agreement or forum rule binds nobody who takes this
 * licence, unless the text puts it on everyone who uses or passes on the work; and a class said to
 * lose the licence. Part of Reading.isNeutral.
 */
/** The duty falls on everyone who uses or passes on the work, not on contributors: "Everyone who uses, modifies or redistributes the software must first sign the Contributor Licence Agreement". */
const USERS_MUST = /^\W*(?:every(?:one|body)|any(?:one|body)|all\s+(?:persons|users|recipients|licensees)|(?:each|every|any)\s+(?:person|user|recipient|licensee)|users|recipients|licensees)\s+(?:who|that)\s+(?:[a-z]+,?\s+){0,3}?(?:uses?|runs?|installs?|downloads?|redistributes?|distributes?|copies|receives?|obtains?)\b/i;
/** A class that loses the licence: "… lose all rights to use …", "… ceases to be a licensee". */
export const LOSES_RIGHTS = /\blos(?:e|es|t)\s+(?:all|any|every|the|their|its)\s+(?:rights?|permissions?|licen[cs]es?)\b|\bceases?\b[^.;]{0,40}?\bto\s+be\s+(?:a\s+)?licensee\b/i;
/** …or every user, before using it or not: "Before using or redistributing the software, every user, not only contributors, must sign …". */
const EVERY_USER_MUST = /(?:^\W*(?:(?:in\s+addition|additionally|moreover|furthermore),\s+)?|,\s+and\s+)(?:before\s+(?:using|running|installing|downloading|redistributing|distributing|copying)\b[^,;]{0,60},\s*)?(?:every|each|all|any)\s+(?:such\s+)?(?:users?|recipients?|licensees?|persons?)(?:,?\s+(?:not\s+only|not\s+just|including)\s+contributors,|,\s+whether\s+or\s+not\s+[^,;]{1,40},)?\s+(?:all\s+)?(?:must|shall|(?:is|are)\s+required\s+to)\b/i;
/** …or the acts of every user need it: "Using, forking, selling or redistributing the code requires a signed CLA". */
const USING_REQUIRES = /^\W*(?:(?:using|running|copying|forking|selling|distributing|redistributing|modifying|installing|downloading|deploying)(?:,?\s+(?:or|and)\s+|,\s+)){1,6}(?:using|running|copying|forking|selling|distributing|redistributing|modifying|installing|downloading|deploying)\s+(?:the\s+|this\s+)?[\w-]+\s+(?:requires?|is\s+conditional\s+(?:up)?on|is\s+subject\s+to)\s+(?:a\s+|an\s+|the\s+)?(?:signed|executed|countersigned)\b/i;
/** …or whoever receives a copy: "anyone you pass a copy to must sign their own". */
const PASSED_TO_MUST = /\b(?:anyone|everyone|each\s+person|whoever)\s+(?:you|they|the\s+licensee)\s+(?:pass|give|send|hand|distribute|forward|provide)\s+(?:a\s+copy|copies|it|the\s+code|the\s+software)\s+(?:on\s+)?to\s+(?:must|shall|needs?\s+to|has\s+to)\s+(?:sign|accept|execute|agree)\b/i;
/** …or the duty comes before the licensee may act at all: "Before you may modify or redistribute the Software, you must sign …". */
export const BEFORE_YOU_MAY = /^\W*before\s+(?:you|a\s+recipient|recipients|a\s+licensee|licensees|anyone)\s+(?:may|can)\s+(?:use|run|install|copy|modify|distribute|redistribute|fork|share|exercise)\b/i;
/** …and the subject names no contributor nor community space ("Everyone who contributes or uses the forum"). */
const COMMUNITY_SUBJECT = /\b(?:contribut\w*|forum|issues?|chat|discussions?|channels?|patch(?:es)?)\b/i;

/** The duty falls on every user or recipient and the subject names no contributor or community space. */
export function dutyOnEveryUser(text: string): boolean {
  if (USING_REQUIRES.test(text) || PASSED_TO_MUST.test(text) || BEFORE_YOU_MAY.test(text)) return true;
  if (!USERS_MUST.test(text) && !EVERY_USER_MUST.test(text)) return false;
  // (The contributors said to be only some of them are no community subject: "every user, not only contributors", "whether or not it contributes".)
  const subject = text.split(/\b(?:must|shall)\b/)[0].replace(/\bnot\s+(?:only|just)\s+contributors\b|\bwhether\s+or\s+not\s+[^,;]{0,30}?\bcontribut\w*/gi, '');
  return !COMMUNITY_SUBJECT.test(subject);
}
