/**
 * The vocabulary of the clause model, as data: for each slot of a provision, the concepts it can
 * hold and the phrases that express them. Phrases are written once in base form ("sell", "reverse
 * engineer", "make _ available"; `_` stands for any one word, `*` for up to seven): the tokenizer lemmatises the text
 * ("sold", "reverse-engineering", "made it available") and folds British spellings, so inflections
 * and spelling variants meet here. Longer phrases win over shorter ones at the same place.
 */
import { foldSpelling } from './tokens';

export type Slot =
  | 'modal' // how binding and in which direction: prohibit, exclusive, consent, obligation, voiding
  | 'soft' // what takes the force out of a clause: requests, negated restrictions, permissions for all
  | 'disclaim' // warranty and liability language
  | 'past' // history notes
  | 'who' // classes of persons
  | 'action' // what is done with the work
  | 'object' // what it is done to
  | 'purpose' // fields of endeavour and purposes of use
  | 'fee' // money
  | 'product' // products, platforms, hardware the rights are tied to
  | 'tech' // technologies of acceptance, platforms and interfaces
  | 'other' // other software distributed alongside
  | 'party' // who receives the work downstream
  | 'guard' // wordings that look like restrictions but are about names, notices, recipients' rights
  | 'size' // measures of a licensee's size
  | 'subject'; // who a provision speaks of when it is not the licensee

export type Vocabulary = Readonly<Record<Slot, Readonly<Record<string, readonly string[]>>>>;

/** Software other than the work, as drafts name it: a qualifier (other, rival, closed-source …) and a kind of software. */
const OTHER_SOFTWARE: readonly string[] = (() => {
  // Not 'proprietary': "does not permit incorporating your program into proprietary programs" is copyleft explaining itself.
  const qualifiers = ['other', 'another', 'alternative', 'rival', 'compete', 'competing', 'incompatible', 'accompanying', 'non free'];
  const kinds = ['dataset', 'datasets', 'model', 'models', 'program', 'programs', 'software', 'application', 'applications', 'app', 'apps', 'library', 'libraries', 'runtime', 'runtimes', 'interpreter', 'engine', 'tool', 'tools', 'product', 'products', 'code', 'compiler', 'compilers', 'framework', 'frameworks', 'execution environment', 'execution environments', 'plugin', 'driver', 'drivers', 'codec', 'codecs', 'module', 'modules', 'item', 'items'];
  return qualifiers.flatMap((q) => kinds.flatMap((k) => [`${q} ${k}`, `${q} _ ${k}`]));
})();

export const VOCABULARY: Vocabulary = {
  modal: {
    prohibit: [
      'off limit', 'be off limit',
      'undertake not to', 'undertake not', 'covenant not to', 'undertakes not to',
      'nothing in this license grant', 'nothing herein grant', 'nothing in this license authorize', 'nothing in this license permit', 'nothing grant',
      'but not by', 'but not if', 'in no circumstance', 'provided always that no', 'provided that no', 'that no * be', 'no consideration', 'no remuneration', 'not receive any remuneration', 'remain unchanged', 'be to remain unchanged', 'to remain unmodified', 'but not in', 'but not for', 'but not as', 'but not on', 'not for production', 'not for commercial', 'not for use in', 'not for use by', 'remain unmodified', 'be keep unmodified', 'may contain no', 'must contain no', 'shall contain no', 'must include no', 'may include no', 'no * may', 'no * shall', 'no * can', 'no * will', "can't", "won't", "mustn't", "shan't", "don't", "doesn't", "isn't", "aren't", 'not to be use', 'be not to be', 'not to be',
      'be deem a breach', 'be deem a material breach', 'constitute a breach', 'constitute a material breach', 'not be exercisable', 'nor shall',
      'shall carry no', 'must carry no', 'may carry no', 'to the exclusion of', 'grant * exclude', 'right * exclude',
      'cannot', 'can not', 'may not', 'must not', 'shall not', 'will not', 'should not', 'do not', 'be not allow', 'be not permit',
      'not permit', 'not allow', 'not license', 'not licensed', 'not authorize', 'not entitle', 'not grant', 'not be grant', 'prohibit', 'forbid', 'ban',
      'never', 'refrain from', 'agree not to', 'under no circumstance', 'in no event may', 'unlicensed', 'outside the scope', 'outside the license',
      'outside this license', 'fall outside', 'exclude from', 'be exclude', 'expressly exclude', 'no license be grant', 'no license is grant', 'no license',
      'no right', 'no rights', 'receive no', 'grant no', 'acquire no', 'no one may', 'nobody may', 'no person may', 'no third party shall',
      'no third party may', 'no other', 'to no one else', 'not include the right', 'not be use', 'not be used',
      'not be distribute', 'not be sell', 'be not permit', 'be not allow', 'be not license',
    ],
    negation: ['neither', 'nor', 'no one', 'nobody', 'no person', 'never'],
    noRights: [ 'be not you for', 'be not you', 'not be deem to have be confer', 'not be deem confer', 'be not confer', 'not be confer', 'permission * not apply to', 'permissions * not apply to', 'right * not apply to', 'rights * not apply to', 'license * not apply to', 'grant * not apply to', 'not * construe as extend to', 'be not cover', 'be not licensee', 'may not rely on this license', 'not rely on this license', 'not rely on these term', 'not rely on these terms', 'confer no right', 'confer no rights', "isn't for you", 'be not for you', 'not make to any', 'be not make to', 'exclude from this grant', 'be exclude from this grant', 'expressly exclude from', 'exclude from this license', 'in which case no license', 'no license arise', 'no licence arise', 'be unlicensed', 'extend no further', 'reach no further', 'nothing in this license confer', 'none of the permission', 'none of the permissions', 'none of the right', 'none of the rights','not for you', 'confer no', 'confers no right', 'outside its scope', 'be outside its scope', 'no * be a permitted licensee', 'no * be a licensee', 'be not a permit licensee', 'get no license', 'get no licence', 'only such right', 'nothing * construe as a grant', 'not run with the', 'bare possessor', 'without licence to', 'do not cover', 'does not cover', 'not entitle to any right', 'nothing * construe as permit', 'nothing * construe as license', 'nothing * construe as allow', 'nothing * read as allow', 'nothing * read as permit', 'act without license', 'do so without license', 'do so without licence', 'not cover by this document', "aren't cover", 'no longer reach', 'you alone', 'carry no license', 'carry no licence', 'no other right of use', 'no other right', 'no * be license', 'no * be licensed', 'withhold from', 'be withhold from', 'expressly withhold', 'have not any', 'not have any right', 'not enjoy', 'shall not enjoy', 'not apply to you', 'not apply to your', 'not apply to any person', 'not apply to such', 'not acquire', 'acquire no', 'not extend to', 'not available to', 'be not available', 'be not licensee', 'not a licensee', 'be not a licensee', 'not eligible', 'be not eligible', 'ineligible', 'not be deem to have be grant', 'not be deem grant', 'not be exercisable', 'not _ license', 'not _ _ license', 'no license', 'no right', 'no rights', 'receive no', 'acquire no', 'grant no', 'not licensed', 'not license', 'not be license', 'unlicensed', 'have no license', 'no licence', 'outside the license', 'outside the scope', 'outside this license', 'no license be grant', 'no right be grant'],
    exclusive: [ 'only those who', 'only those that', 'only person who', 'only persons who', 'only user who', 'only users who', 'only customer who', 'only customers who', 'sole means', 'the sole means', 'sole way', 'only way', 'only means', 'no other channel', 'no other store',  'alone may', 'alone shall', 'alone can', 'alone be entitle', 'alone have the right', 'personal to', 'be personal to','sole purpose of', 'for no other', 'all other use be reserve', 'all other uses be reserve', 'reserve to', 'be reserve to', 'no other use', 'no other purpose', 'and nothing more', 'for no other purpose', 'license for use by', 'licensed for use by', 'license solely', 'licensed solely', 'permitted purpose', 'permit purpose', 'only', 'solely', 'exclusively', 'limit to', 'restrict to', 'reserve for', 'and to no one else', 'and not alone', 'confine to', 'only if', 'only after', 'only when', 'only as', 'only in', 'only within', 'only on', 'only through', 'only by'],
    consent: ['obtain its own license', 'obtain their own license', 'obtain his or her own license', 'own license directly', 'license directly from', 'obtain a license directly', 'grant or withhold', 'withhold a license', 'as the licensor may separately grant', 'extension license', 'buy * license', 'buy first', 'talk to us', 'obtain a * license', 'license from the licensor', 'reseller agreement', 'reseller contract', 'distribution contract', 'non disclosure agreement', 'nda', 'our agreement', 'our permission', 'our consent', 'our approval', 'ask permission', 'ask * permission', 'developer license', 'separate term', 'separate terms', 'purchase a', 'purchasing a', 'buy a', 
      'prior write permission', 'first be offer to the licensor', 'offer to the licensor', 'submit to the upstream', 'review and clear', 'clearance', 'require you to cease', 'write permission', 'express permission', 'prior permission', 'prior consent', 'write consent', 'prior write consent', 'approval', 'approve',
      'certification', 'separate agreement', 'write agreement', 'separate write agreement', 'commercial license', 'paid license', 'extend license', 'extended license',
      'separate license', 'commercial distribution agreement', 'distribution agreement', 'enterprise license', 'activation key', 'may refuse', 'licensor grant them',
      'authorization', 'authorization from', 'approved recipient', 'approved recipients', 'we have approve', 'have approve', 'licensor confirm', 'our yes', 'enrolment procedure', 'enrollment procedure', 'admit to the list',
    ],
    obligation: [
      'commence on', 'commence upon', 'take effect only', 'take effect upon', 'become effective upon', 'become effective only', 'effective only upon', 'vest only', 'arise only', 'right arise', 'rights arise', 'become binding',
      'represent that', 'represent and warrant that', 'warrant that it', 'certify that', 'certify in writing that', 'be oblige to', 'it be a condition', 'be a condition of', 'must', 'shall', 'owe', 'payable', 'be due', 'be subject to a royalty', 'be subject to a fee', 'be require to', 'require', 'have to', 'need to', 'need', 'as a condition', 'condition on', 'condition upon', 'conditional on',
      'be to be', 'conditional upon', 'once it have', 'once they have', 'once you have', 'provide that', 'provided that', 'so long as', 'as long as', 'on condition',
    ],
    exception: ['save and except', 'with exception of', 'with the exception of', 'except', 'everyone except', 'all except', 'save', 'save for', 'except for', 'excluding', 'other than', 'save for', 'with the exception of', 'but not for', 'but not to'],
    voiding: ['come to an end', 'stay behind', 'lose all right', 'lose all rights', 'lose any right', 'lose its right', 'lose their right', 'withdraw', 'deem withdraw', 'be deem withdraw', 'terminate', 'termination', 'lapse', 'void', 'cease', 'revoke', 'no longer', 'end the license', 'license end', 'license ends', 'end this license', 'automatically end'],
  },
  soft: {
    // Phrases with a negation or "only" that restrict nothing ("whether or not", "does not apply to").
    neutral: ['please note', 'please be aware', 'please understand', 'please remember', 'please do not misunderstand', "please don't misunderstand", 'claim no right', 'claim no rights', 'assert no right', 'assert no rights', 'attach only', 'apply only once', 'no license charge', 'no license fee', 'attach only to', 'only to files', 'not extend to the other', 'be not extend', 'the only extra condition', 'only extra condition', 'except as', 'except in', 'except where', 'except to the extent', 'only apply to', 'apply only to', 'only applies', 'save as', 'save to the extent', 'save where', 'the only obligation', 'only obligation', 'only condition', 'the only condition', 'not wish', 'do not wish', 'not want', 'leave * outside', 'remain outside', 'stay outside', 'not forfeit', 'only for information', 'for information only', 'only in section', 'only in clause', 'only in article', 'define only for', 'use only in section', 'to the extent', 'extent necessary', 'only as set forth', 'only as provide', 'only those', 'not make', 'not qualify', 'not reach', 'not confine', 'not become', 'not satisfy', 'not bring', 'not render', 'subject only to', 'not contradict', 'not conflict with', 'not exceed', 'not terminate', 'not be terminate', 'not affect the license', 'not affect your', 'exclusively for you', 'exclusively on your behalf', 'solely on your behalf', 'only on its own behalf', 'only on your own behalf', 'on behalf of', 'if only', 'in the event that only', 'where only', 'when only', 'solely because', 'only because', 'only relative to', 'only with respect to', 'only to the extent', 'not of itself', 'not in and of itself', 'not supersede', 'not be supersede', 'not constitute', 'not a derivative work', 'not in any manner constitute', 'not in any way constitute', 'not forbid', 'not be forbid', 'not diminish', 'not necessarily', 'not intend to', 'not the intent', 'not the original', 'not automatically', 'not thus', 'not base on', 'shall not include', 'will not include', 'do not include', 'not invalidate', 'not necessarily', 'not a derivative', 'not cause', 'not define', 'in no case', 'not be consider', 'not be deem', 'not apply', 'not supersede', 'cannot change', 'not be construe', 'not affect', 'not agree', 'not accept', 'not comply', 'not constitute', 'not be liable', 'sole purpose of have', 'only as a consequence', 'not subject to', 'not be subject to', 'not cover', 'not be cover', 'not clash', 'not conflict', 'whether or not', 'or not', 'not only', 'not just', 'if not', 'not less than', 'not more than', 'not later than', 'no earlier than', 'not earlier than', 'no more than', 'no less than', 'no later than', 'not to exceed'],
    request: [
      'kindly', 'please', 'have ask that', 'ask that', 'be expect to', 'whenever reasonably feasible', 'where feasible', 'you should include', 'we ask', 'we request', 'be request to', 'be kindly request', 'we recommend', 'we encourage', 'we hope', 'hope that', 'we would love', "we'd love", 'we wish', 'wish that', 'express a wish',
      'encourage', 'be encourage', 'courtesy', 'appreciate', 'we invite', 'invite you',
    ],
    notBinding: [
'no use * be exclude', 'no use * be excluded', 
'nothing * read as not', 'nothing * construe as not', 'be read as not permit', 'be construe as not permit',
'never require', 'never requires', 'not be conditional', 'be not conditional', 'no extra obligation', 'no additional obligation', 'carry no obligation', 'no further obligation', 
'no licensee be exclude', 'no user be exclude', 'no person be exclude', 'no entity be exclude', 'no organization be exclude', 'no group be exclude', 'and not the license', 'not the license to the',       'neither exclude', 'be neither exclude', 'not exclude from', 'neither excluded',
      'nothing * exclude', 'nothing in this license exclude',
      'not a condition', 'not a requirement', 'not require', 'not be require', 'be not require', 'not required', 'optional', 'voluntary',
      'informational only', 'not incorporate', 'impose no', 'place no', 'no restriction', 'no restrictions', 'not bind', 'non binding', 'not binding',
      'not a term', 'not a license term', 'irrelevant', 'not the intent', 'not intend to prohibit', 'contain no such restriction', 'no such restriction', 'never need', 'never need to', 'identical to those', 'be free from this requirement', 'free from this requirement', 'not extend to the other', 'not extend to other', 'without distinction', 'no provision * exclude', "doesn't matter", 'do not matter', 'never have to', 'no other condition', 'no cap', 'no purpose be exclude', 'no use * be prohibit', 'no use be prohibit', 'not condition', 'be not condition', 'none of these', 'confer no special status', 'without any need', 'without need to', 'no need to', 'only a summary', 'no bearing', 'have no bearing', 'not to the software', 'only a request', 'be only a request', 'only a summary', 'no effect on', 'confer no obligation', 'confer no duty', 'not a license condition', 'be not a condition', 'be deny any right', 'shall be deny any', 'not depend on', 'none of * depend', 'no field of endeavor be exclude', 'no field * be exclude', 'nobody be exclude', 'no one be exclude', 'no person or group', 'no other restriction', 'no further restriction', 'nothing * restrict', 'nothing * limit', 'nothing * prohibit', 'nothing * prevent', 'no * need', 'no right be withdraw', 'no fee become payable', 'be not distribution', 'not be deem a distribution', 'not constitute distribution', 'not trigger', 'not depend on any particular', 'neither version restrict', 'no breach of it', 'no right be withhold', 'no additional license', 'no additional registration', 'merely because', 'for information only', 'separate work', 'separate works', 'not subject to this license', 'not qualify as', 'not satisfy the obligation', 'one way of', 'may equally', 'without require', 'without requiring', 'without _ require', 'without _ requiring', 'not restrict', 'not limit', 'not prohibit', 'not prevent', 'not affect', 'not count as',
      'not be construe', 'nothing in this license require', 'nothing require', 'not a restriction', 'no extra term', 'no particular', 'not need', 'need not', "don't have to", 'do not have to', 'not a limit', 'not a limitation', 'unaffected by', 'be unaffected', 'require no acceptance', 'never part of the license', 'never part of this license', 'would be nice', "don't mind", 'do not mind', 'not * create any obligation', 'not by itself make', 'not by itself create', 'affect only', 'concern only', 'govern only',
    ],
    permitAll: [
      'license identically', 'licensed identically', 'on all of them',
      'every purpose', 'all purpose', 'all purposes', 'every field', 'all fields', 'every use', 'only the right set out in this license', 'only the rights set out in this license', 'only the right set forth in this license', 'only the rights set forth in this license', 'only the right set forth herein', 'only the rights set forth herein', 'same as every other', 'same as any other', 'the same as every',
      'any purpose', 'any field', 'any field of endeavor', 'any use', 'any person', 'every licensee', 'everyone include', 'available to everyone', 'irrespective', 'regardless',
      'same right', 'same rights', 'same term', 'same terms', 'expressly permit', 'free to', 'welcome to', 'any number', 'any other name',
      'in exactly the same way', 'the same way', 'apply to all of them', 'alike', 'commercial or non commercial', 'non commercial or commercial', 'need no permission', 'any compatible', 'any other source', 'other mean', 'or by any act', 'or by use', 'any act', 'or by exercise', 'or simply by', 'either method', 'by signature or', 'equally effective', 'without restriction', 'without modification', 'only those right', 'only those rights', 'under any term',
      'under any terms', 'as you choose', 'under their own term', 'their own terms', 'remain under', 'in any country', 'every country',
    ],
    acceptance: ['if you do not accept', 'if you do not agree', 'unless you accept', 'unless you agree', 'impossible for you to comply', 'if you cannot comply', 'you do not accept', 'except in compliance', 'in compliance with the license', 'in accordance with the term of this license', 'the content of this file'],
    // Rules for the project's community spaces, contributions and reports, not for the work.
    community: ['contributor agreement', 'send contribution', 'send contributions', 'contributor license agreement', 'cla', 'pull request', 'sign off', 'contribution be accept', 'contributions be accept', 'upstream', 'disclosure policy', 'security policy', 'vulnerability', 'vulnerabilities', 'until the breach', 'breach be fix', 'cure the breach', 'only until', 'forum', 'forums', 'mailing list', 'issue tracker', 'community space', 'community spaces', 'participation in', 'participant', 'participants', 'chat channel'],
    explanation: ['why copyleft', 'without it', 'could take', 'exist to prevent', 'not mean', 'purport to', 'because this license', 'note that', 'it be important to note', 'the former', 'the latter', 'in isolation', 'in his or her capacity', 'such a contradiction', 'this mean', 'mean you', 'mean that you', 'in other words', 'to prevent this', 'to protect your right', 'we want', 'it be understood', 'be wise', 'you might', 'often this', 'for instance'],
    reservation: ['survive termination', 'survive any termination', 'survive the termination', 'survive such termination', 'retain all right', 'retain all rights', 'right title and interest', 'rights title and interest', 'except as expressly', 'by implication', 'estoppel', 'all other right', 'reserve all', 'not expressly grant', 'other than those expressly'],
    costOnly: ['licensing fee', 'in excess of', 'actual cost', 'reasonable cost', 'cost of', 'nominal fee', 'not to exceed', 'cost of duplication', 'cost of physically', 'cost which', 'no more than your'],
    alternative: ['whatever license you choose', 'whatever licence you choose', 'any license you choose', 'any licence you choose', 'may obtain * under a', 'may buy * under a', 'may purchase * under a', 'may also obtain', 'may instead obtain', 'either this', 'under either', 'terms of your choice', 'term of your choice', 'under your own license', 'under your own', 'license of your choice', 'this alternative', 'that alternative', 'this option', 'at least one of the following', 'one of the following', 'everyone else may', 'at your option', 'alternatively', 'at your choice', 'either license', 'either licence', 'dual license', 'dual licensed'],
    except: ['any purpose * except', 'any use * except', 'anything except', 'any organization except', 'any person * except', 'every purpose except', 'every purpose other than', 'all purposes except', 'all purposes other than', 'every use except', 'any * purpose other than', 'any * purpose except', 'any field except', 'save that', 'except that', 'any application that be not', 'any use that be not', 'any purpose consistent with', 'any purpose in accordance with', 'any purpose other than', 'any purpose except', 'any purpose exclude', 'any use except', 'any use other than', 'any field except', 'any person except', 'anyone except', 'everyone except'],
    lawOnly: ['law govern', 'laws governing', 'not exempt you from', 'sales convention', 'cisg', 'vienna convention', 'united nations convention', 'federal court', 'federal courts', 'state court', 'state courts', 'legal fee', 'legal fees', 'attorney fee', 'attorneys fee', 'action relate to this license', 'unlawful where', 'the law there', 'that the law', 'courts of', 'court of', 'competent court', 'venue', 'exclusive jurisdiction', 'by law', 'prohibit by law', 'sanctions regulation', 'sanction regulation', 'legal action', 'cause of action', 'bring a legal', 're export', 'export or re export', 'export administration', 'export regulation', 'sale of goods', 'convention on', 
      'export control', 'export law', 'sanction law', 'sanctions law', 'regulatory approval', 'in breach of', 'govern by the law',
      'governing law', 'laws of the state of', 'patent infringement', 'sue', 'lawsuit', 'litigation', 'patent claim', 'patent right', 'patent license',
    ],
  },
  guard: {
    // Wordings that look like restrictions on the work but are about something else.
    licenceText: ['this agreement may be freely', 'this license may be freely', 'modification to the term', 'supplement or modification', 'non profit osl', 'non profit open software license', 'academic free license', 'educational community license', 'english version', 'english text', 'be translate', 'this license be write', 'translation of this license', 'amend this license', 'amendment to this license', 'may not be amend', 'supersede', 'modify the term', 'modify the terms', 'increase or reduce the scope', 'this license may not be modify', 'this license may only be modify', 'agreement be copyright', 'license be copyright', 'may only be modify in the follow manner', 'modify this license', 'modification of this license', 'modified license', 'change this license', 'alter this license', 'wording of this license', 'text of this license', 'copy of this license', 'this license without modification', 'modify the license', 'version of this license', 'new license', 'revised version', 'new version of this license'],
    origin: ['different _ name', 'another _ name', 'trademark policy', 'trademark guideline', 'trademark guidelines', 'brand guideline', 'brand guidelines', 'brand policy', 'advertise as', 'be advertise as', 'advertise the', 'advertise that', 'advertise your', 'advertise any', 'advertising material', 'advertising materials', 'advertising or publicity', 'in advertising or', 'as a product of your own', 'your own product', 'present as', 'be present as', 'mark as such', 'be mark as such', 'mark as modify', 'as the original', 'suggest otherwise', 'support, recommend', 'advertising or publicity', 'publicity', 'endorse', 'endorsement', 'pass off', 'passed off', 'misrepresent', 'misstate', 'claim to be', 'represent as', 'be call', '=called', 'call your', 'call it', 'call the', 'call any', 'call a', 'name your', 'call itself', 'rename', 'different name', 'another name'],
    compliance: ['in accordance with', 'in compliance with', 'except in compliance', 'under the term', 'under the terms', 'subject to the term', 'subject to the terms', 'condition below', 'conditions below', 'as set out'],
    shareAlike: ['copyleft term', 'copyleft terms', 'under this * license', 'under the osl', 'under any other type of license', 'under any other license', 'under a different license', 'under this license', 'under the same license', 'same license', 'freely available', 'another arrangement', 'proprietary license', 'under a proprietary', 'under these same', 'under these term', 'under the term of this license'],
    standalone: ['by themselves', 'themselves', 'on their own', 'alone', 'sell * alone', 'package itself', 'font itself', 'fonts themselves', 'software itself', 'larger', 'by itself', 'standalone', 'stand alone', 'larger work', 'larger software package', 'larger package', 'larger program', 'on its own'],
    recipients: ['add condition', 'add conditions', 'add any condition', 'add extra restriction', 'add extra restrictions', 'narrow these permission', 'narrow these permissions', 'be impose on the recipient', 'impose on the recipient', 'impose on recipient', 'no additional term', 'no additional terms', 'no further term', 'no further terms', 'purport addition', 'add extra rule', 'add extra rules', 'technical measure', 'restrict recipient', 'restrict recipients', 'fee for the license', 'charge a fee for the license', 'fee for the license itself', 'be ask for any', 'additional fee', 'add term', 'add terms', 'add any term', 'add restriction', 'prevent a recipient', 'prevent any recipient', 'prevent recipient', 'technical mean', 'withhold from any user', 'user data', 'impose further', 'further term', 'automatically receive', 'deny any party', 'deny anyone', 'to deny any', 'impose additional', 'additional restriction', 'require recipient', 'require recipients', 'recipient from exercise', 'recipients from exercise', 'further restriction', 'any restriction', 'restriction to the right', 'technological measure', 'side agreement', 'recipient exercise of', 'recipients exercise of', 'charge recipient', 'charge recipients', 'recipients right', "recipient's right", 'alter or restrict', 'limit or alter', 'restrict the recipient', 'impose any term', 'impose any additional'],
    incorporate: ['contravention', 'in contravention of', 'incorporate', 'comply with', 'compliance with', 'abide by', 'adhere to', 'follow', 'contrary to', 'conform', 'as amend', 'as revise', 'from time to time', 'as update', 'bind', 'be bind', 'violate', 'violation', 'breach', 'fall outside', 'outside the scope'],
  },
  size: {
    metric: [
      'employee', 'staff', 'headcount', 'worker', 'revenue', 'turnover', 'income', 'sales', 'user', 'active user', 'monthly active user', 'daily active user',
      'personnel', 'gross receipt', 'gross receipts', 'receipts', 'active account', 'monthly active account', 'distinct individual', 'customer base', 'equity financing', 'outside equity', 'mau', 'dau', 'customer', 'subscriber', 'seat', 'installation', 'market capitalization', 'market cap', 'market value', 'valuation', 'funding', 'financing', 'venture financing', 'investment', 'asset', 'end user', 'registered end user',
      'raise', 'device', 'download', 'member', 'individual working',
    ],
  },
  subject: {
    licensor: [
      'licensor', 'the licensor', 'contributor', 'each contributor', 'copyright holder', 'the copyright holder', 'original copyright holder', 'author', 'the author',
      'initial developer', 'we', 'the maintainers', 'maintainer', 'the gpl', 'patent', 'patents', 'the obligation', 'the obligations', 'steward', 'foundation', 'free software foundation', 'the authors', 'copyright owner', 'the copyright owner',
    ],
  },
  disclaim: {
    disclaimer: [
      'warranty', 'warrant', 'liable', 'liability', 'responsibility', 'responsible', 'own risk', 'not design', 'not be design', 'not intend',
      'not be intend', 'not build for', 'not be build', 'not test', 'not be test', 'not evaluate', 'not be evaluate', 'fit for', 'fitness', 'accept no',
      'as =is', 'damage', 'damages', 'rely on', 'relied on', 'fail safe', 'fault tolerant', 'indemnify', 'merchantability', 'no representation', 'infringe',
      'loss of profit', 'loss of data', 'loss of', 'answerable', 'lost profit', 'consequential', 'acknowledge that', 'state of the art', 'contributor represent', 'warrant that', 'believe to be', 'come cry', 'blame me', 'blame the author', 'on your own head',
    ],
  },
  past: {
    tense: ['=was', '=were', '=had', 'have =been', '=used to'],
    history: [
'previous term', 'previous terms', 'earlier term', 'earlier terms', 'former term', 'former terms', 'prior term', 'prior terms', 'previous license', 'former license', 'once require', 'used to require', 'no longer require',       'prior to version', 'version prior to', 'release prior to', 'prior to release', 'prior to the release', 'prior to this release', 'previously', 'formerly', 'earlier version', 'earlier release', 'previous version', 'until 2010', 'no longer apply', 'now release',
      'now license', 'onwards', '=had a clause', '=contained a clause', 'be remove in', 'have be remove', 'no longer contain', 'earlier license', 'from version', 'version 1.x', 'until 2019', 'originally release', 'originally license', 'originally publish', 'originally distribute', 'be originally', 'earlier release', 'old version', 'older version', 'that be go', 'be go', 'be now go', 'release before', 'version before', 'no longer the case', 'have since', 'have be remove', 'be remove in', 'now be remove', 'have now be remove', 'once appear', 'no longer restrict', 'be no longer restrict', 'no longer limit', 'be no longer limit'
    ],
  },
  who: {
    government: [
      'enforcement authority', 'immigration authority', 'immigration enforcement', 'border agency', 'customs agency', 'customs authority',
      'government', 'governments', 'government body', 'government agency', 'public authority', 'public sector', 'state own', 'state-own',
      'sovereign state', 'supranational', 'agency through which', 'state organ', 'municipality', 'regional authority', 'body govern by public law', 'federal body', 'municipal', 'state or federal', 'national government', 'local government', 'regional government', 'government entity', 'government department', 'ministry', 'state body', 'public body', 'state agency', 'public function',
    ],
    military: [ 'security service', 'intelligence or security service', 'private military company', 'military company','soldier', 'military unit', 'supply armies', 'supplies armies', 'defense body', 'defence body', 'uniformed force', 'armed force', 'armed forces', 'defense ministry', 'defense contractor', 'military organization', 'military contractor', 'intelligence service', 'intelligence agency', 'military body', 'army', 'navy'],
    police: ['police', 'police force', 'law enforcement agency', 'police department'],
    competitor: ['competing vendor', 'competing with ours', 'compete with ours', 'software compete with', 'compete with the licensor', 'that compete with', 'who compete with', 'competitor', 'competing company', 'compete business', 'competing business', 'rival'],
    provider: ['cloud infrastructure provider', 'infrastructure provider', 'cloud provider', 'provider of infrastructure', 'providers of infrastructure', 'infrastructure as a service', 'platform as a service', 'iaas', 'paas', 'hosting company', 'hosting companies', 'cloud service provider', 'hyperscaler', 'hosting provider', 'model marketplace', 'managed service provider', 'reseller', 'public cloud'],
    industry: [ 'trade union', 'trade unions', 'labour union', 'labor union', 'labour organization', 'labor organization', 'labour organizations', 'labor organizations','private prison', 'detention centre', 'detention center', 'casino operator', 'payday lender', 'lender', 'debt collection agency', 'collection agency', 'ad tech', 'online advertising', 'for profit entity', 'for profit entities', 'limited company', 'limited companies', 'data broker', 'broker', 'bank', 'insurer', 'insurance company', 'oil company', 'mining company', 'tobacco company', 'defense company', 'arms manufacturer', 'weapon manufacturer', 'political party', 'advertising network', 'advertiser'],
    place: ['residence', 'habitual residence', 'reside', 'habitually reside', 'restricted party', 'united states person', 'united states persons', 'us person', 'u s person', 'domicile in', 'established in', 'designated person', 'list of designated', 'economic sanction', 'target by economic sanction', 'blacklist', 'sanctioned people', 'embargoed jurisdiction', 'ordinarily resident', 'outside its border', 'established outside', 'resident outside', 'entities named in', 'named in annex', 'listed in annex', 'listed in schedule', 'jurisdiction enumerate', 'restricted party list', 'restrict party list', 'denied persons list', 'only inside', 'inside the territory', 
      'resident', 'citizen', 'national of', 'live in', 'located in', 'locate in', 'headquarter', 'domicile', 'base in', 'incorporate in', 'member state',
      'within the territory', 'sanction list', 'sanctions list', 'sanctioned', 'embargo', 'denied party', 'entity list', 'specially designate',
    ],
    territory: ['territory', 'country', 'countries', 'region', 'jurisdiction'],
    age: ['attain the age', 'age of majority', 'age of eighteen', 'any minor', 'year old', 'years of age', 'at least 18', 'under the age', 'minor', 'year old', 'younger than', 'older than', 'age of'],
    member: [ 'individual', 'individuals', 'academic researcher', 'academic researchers', 'non profit organization', 'non profit organizations', 'non profit body', 'educational institution', 'educational institutions', 'charity', 'charities','participant', 'participants', 'supporter programme', 'supporter program', 'member', 'members', 'membership', 'student', 'enrol', 'enroll', 'teaching staff', 'alumni', 'subscriber', 'partner', 'certify partner', 'customer'],
    named: ['inc', 'corp', 'ltd', 'llc', 'gmbh', 'plc'],
    // What kind of person the licensee is in law or trade: companies as such, legal entities, professions.
    form: ['legal entity', 'legal entities', 'corporation', 'partnership', 'partnerships', 'company', 'companies', 'for profit organization', 'for profit organizations', 'for profit company', 'for profit companies', 'for profit business', 'commercial entity', 'commercial entities', 'commercial organization', 'commercial organizations', 'startup', 'startups', 'university', 'universities', 'institution of higher education', 'law firm', 'practise solicitor', 'practising solicitor', 'solicitor', 'barrister', 'organizations outside', 'organization outside'],
    size: ['large enterprise', 'initial public offering', 'go public', 'become publicly list', 'ipo', 'venture back company', 'venture backed company', 'big tech', 'big tech company', 'large company', 'large companies', 'big company', 'big enterprise', 'large corporation', 'corporations', 'multinational', 'publicly traded', 'venture fund', 'venture funding', 'venture capital', 'venture backed'],
    residual: ['everyone else', 'anyone else', 'all other user', 'all others', 'any other user', 'other organization', 'other company', 'all other person', 'all other persons', 'every other person', 'no other person', 'all other organization', 'all other organizations', 'all other entity', 'all other entities', 'any other person or entity', 'everybody else'],
    conduct: ['convict', 'criminal', 'offense', 'indict', 'forced labour', 'forced labor', 'child labour', 'child labor', 'labour law', 'labor law', 'employment law', 'unpaid wage', 'wage theft', 'unpaid overtime'],
    qualified: ['person enter on', 'persons enter on', 'person list on', 'persons list on', 'anyone list on', 'anyone name on', 'people which', 'persons which', 'person or organization that', 'licensee that', 'any licensee that', 'firm that have', 'company that sell', 'any entity in which', 'undertaking engage', 'any undertaking', 'entity have', 'entity having', 'entity engage', 'company engage', 'person engage', 'business engage', 'person whose', 'person who have be', 'person engage in', 'company engage in', 'entity engage in', 'business engage in', 'those engage in', 'anyone engage in', 'organization engage in', 'person who work for', 'any entity whose', 'organization that develop', 'person who', 'person whose', 'person that', 'company that', 'company which', 'company whose', 'company with', 'business that', 'business which', 'business whose', 'entity that', 'entity which', 'entity whose', 'organization that', 'organization which', 'organization whose', 'organization with', 'individual who', 'anyone who', 'those who', 'licensee whose', 'licensee who', 'licensee that', 'user who', 'user whose', 'firm that', 'people who'],
  },
  action: {
    use: ['by the model', 'by the software', 'with the model', 'with its material assistance', 'put to use', 'generate', 'use', 'run', 'execute', 'deploy', 'deployment', 'employ', 'operate', 'utilize', 'exploit', 'apply', 'put to work', 'make use', 'install', 'access', 'usage', 'work with'],
    copy: ['copy', 'reproduce', 'duplicate'],
    modify: [
      'annotation', 'annotations', 'annotate', 'augment', 'augmented version', 'relabel', 'subset', 'subsets',
      'fork', 'forks', 'forking', 'make a new program from', 'make a new work from', 'fine tune', 'fine tuning', 'distillation', 'quantisation', 'quantization', 'merging', 'port', 'porting', 'localize', 'localization', 'modify', 'modification', 'enhancement', 'enhance', 'adapt', 'adaptation', 'alter', 'alteration', 'change', 'translate', 'translation', 'derivative', 'derivative work',
      'modified version', 'modify version', 'adapted version', 'abridgement', 'excerpt', 'merge', 'fine tune', 'finetune', 'improve', 'build upon',
      'work base on', 'work base upon', 'base on', 'base upon', 'change code', 'edit', 'revise', 'rework', 'customize',
    ],
    distribute: [
      'distribute', 'redistribute', 'redistribution', 'distribution', 'share', 'publish', 'convey', 'disseminate', 'make available', 'make _ available', 'provide',
      'ship', 'transfer', 'sublicense', 'give away', 'give', 'supply', 'pass on', 'release', 'deliver', 'hand out', 'include', 'inclusion', 'bundle', 'incorporate',
      'put', 'place', 'upload', 'mirror', 'offer', 'copies', 'pass', 'publication', 'shipment', 'delivery', 'sharing', 'dissemination', 'conveyance',
    ],
    sell: ['sell', 'resell', 'rent', 'lease', 'for sale', 'offer for sale', 'for value', 'commercialize', 'monetize', 'charge', 'sale', 'trade'],
    host: ['host', 'hosted', 'as a service', 'database service', 'hosted service', 'managed service', 'software as a service', 'saas', 'offer _ service', 'inference service', 'api service'],
    withhold: [
      'not be provide', 'will not provide', 'not publish', 'not be publish', 'not make available', 'not be make available', 'withhold', 'under no obligation',
      'obfuscate', 'minify', 'encrypted form', 'binary only', 'only binary', 'only binaries', 'reserve for', 'no earlier than',
      'reference only', 'for reference', 'publish no', 'no download location', 'keep private', 'keep * private', 'private', 'only internal', 'not disclose', 'do not disclose', 'proprietary and', 'not available', 'be encrypt', 'encrypted', 'obfuscator', 'at the licensor discretion', 'licensor discretion', 'discretion', 'not part of this license', 'but not the source', 'but not its source', 'but not the training', 'but not * source code', 'only be show', 'only be view', 'on our premise', 'on the licensor premise', 'view only', 'read only', 'not release', 'not be release', 'keep confidential', 'confidential', 'keep secret', 'secret', 'exclude from this license', 'be exclude from this license', 'object code form only', 'binary form only', 'in object code only',
      'not redistribute', 'not be redistribute', 'not share', 'not be share', 'not copy', 'not be copy',
    ],
    decompile: ['decompilation', 'disassembly', 'derive the source', 'derive * source code', 'inspect', 'probe', 'analyze the internal', 'publish any analysis', 'decompile', 'disassemble', 'reverse engineer', 'reverse compile', 'discover its source', 'discover the source', 'look inside', 'restore', 'decrypt', 'deobfuscate', 'de obfuscate', 'extract'],
    circumvent: ['circumvent', 'bypass', 'disable', 'get around', 'work around', 'defeat', 'tamper', 'remove', 'strip', 'override', 'evade', 'turn off', 'switch off'],
    train: ['train', 'training', 'distil', 'distill', 'distillation', 'benchmark', 'improve any other', 'improve another', 'develop a compete', 'create a compete', 'build a compete'],
    accept: ['execution by', 'unsigned', 'own key', 'own api key', 'own license key', 'own licence key', 'request * key', 'obtain * key', 'enrol', 'enroll', 'enrol in', 'enroll in', 'sign up', 'hold a * sublicense', 'sublicense issue by', 'acknowledgement form', 'acknowledgment form', 'signed acknowledgement', 'execute a counterpart', 'execute * counterpart', 'sign and return', 'sign our', 'separate user contract', 'user contract', 'separate contract', 'conclude a separate contract', 'own agreement with us', 'make his own agreement', 'personal license number', 'personal licence number', 'forbid the recipient', 'third party beneficiary', 'customers agree to', 'agree to the supplementary', 'countersign', 'signature', 'recipient agreement', 'no less protective', 'at least as protective', 'as protective', 'enforceable provision', 'binding written agreement', 'agreement with the recipient', 'at least as restrictive', 'as restrictive as', 'create an account', 'serial number', 'terms of use', 'term of use', 'end user agreement', 'end user license agreement', 'eula', 'written acceptance', 'contract with', 'own contract', 'make a contract', 'separate contract', 'conclude an agreement', 'onboarding', 'user identifier', 'acceptance', 'submission of the acceptance form', 'obtain an activation key', 'obtain a license key', 'activation key', 'create an account', 'terms of service', 'term of service', 'acknowledgement form', 'accept the term', 'accept its term', 'accept an agreement', 'accept a separate', 'accept this agreement', 'accept the agreement', 'accept the license', 'accept this license', 'click', 'tick', 'check the box', 'sign', 'countersign', 'register', 'registration', 'create an account', 'activate', 'execute the', 'execute a', 'executed', 'enter into', 'written agreement', 'accept * term', 'accept * terms', 'comply with * supplementary term', 'comply with * supplementary terms', 'agree in writing', 'agree to * restriction', 'agree to * restrictions', 'accept * agreement', 'agree to * term', 'agree to * terms', 'end user term', 'end user terms'],
    combine: ['link', 'combine', 'combination', 'ship with', 'distribute with', 'together with', 'alongside', 'aggregate', 'compilation', 'same medium', 'bundle with', 'integrate'],
    report: ['register the name', 'registers the name', 'keep records of all recipients', 'keep record', 'available to the licensor', 'provide the licensor', 'names and contact details', 'contact detail', 'notify the original author', 'notify * author', 'notify * licensor', 'notice thereof to the licensor', 'deliver written notice', 'return * to the licensor', 'usage survey', 'notify the licensor', 'inform the licensor', 'report to the licensor', 'tell the licensor', 'notify the author', 'report to the author', 'notify us', 'inform us', 'report to us', 'notify the copyright holder', 'disclose to the licensor', 'send the licensor', 'provide the licensor with', 'report the name',
      'a report identify', 'report identify', 'tell us who', 'tell us', 'let us know', 'ledger of', 'list of recipient', 'list of downstream', 'usage statement', 'submit * statement', 'deliver to the licensor', 'furnish to the licensor', 'lodge with the licensor', 'register * with the licensor', 'recipient with the licensor', 'identity of every', 'identity of each', 'identify every person', 'identify each person'],
  },
  object: {
    work: [
      'software', 'program', 'library', 'model', 'weight', 'weights', 'code', 'work', 'package', 'toolkit', 'font', 'typeface', 'sdk', 'dataset', 'manual',
      'documentation', 'courseware', 'material', 'engine', 'plugin', 'tool', 'system', 'module', 'component', 'licensed work', 'licensed program', 'it', 'them',
      'application', 'product', 'binary', 'binaries', 'file', 'files', 'design', 'database', 'content', 'theme', 'template', 'script', 'game', 'app',
    ],
    source: ['code use to train', 'code used to train', 'training script', 'training scripts', 'training pipeline', 'training dataset', 'training datasets', 'data the model be train on', 'what data', 'provenance', 'source code', 'source', 'source file', 'source files', 'source repository', 'modelling file', 'modeling file', 'training code', 'training data', 'preferred form', 'readable form', 'human readable', 'internal structure', 'algorithm'],
    binary: ['binary', 'binaries', 'executable', 'compiled', 'compile', 'object code', 'build', 'installer package'],
    aggregate: ['compilation', 'aggregate', 'aggregation', 'collection', 'software collection', 'aggregate collection', 'linux distribution', 'disc image', 'package repository', 'cover disc', 'cd rom', 'bundle', 'bundled product', 'paid media', 'distribution that be sell', 'distribution or compilation'],
    patch: ['weight delta', 'weight deltas', 'delta', 'deltas', 'written instruction', 'written instructions', 'errata', 'patch', 'patches', 'patch file', 'patch files', 'diff', 'change file', 'pristine source', 'original source'],
    name: ['servicemark', 'servicemarks', '=name', '=names', '=mark', 'trademark', 'trade mark', 'service mark', 'logo', 'reserved font name', 'brand', 'title', 'version number'],
    notice: ['copyright line', 'copyright lines', 'license file', 'notice', 'notices', 'copyright notice', 'license header', 'header', 'attribution', 'wording', 'license text', 'text of this license', 'disclaimer', 'copyright statement'],
    measure: [
      'license key', 'licensing key', 'key', 'safety filter', 'safety', 'filter', 'watermark', 'watermarking', 'usage limit', 'technical measure', 'protection',
      'drm', 'content filter', 'rate limit', 'copy protection', 'activation', 'guardrail', 'safeguard', 'limit', 'limits', 'metering', 'telemetry',
    ],
    service: ['support', 'support service', 'support contract', 'maintenance', 'consulting', 'hosting plan', 'update', 'updates', 'helpdesk', 'training course'],
    output: ['output', 'outputs', 'result', 'results', 'generated content', 'generation'],
    outputOwner: ['claim no right'],
  },
  purpose: {
    commercial: ['at work', 'in a business', 'in your business', 'for business', 'business use', 'revenue be generate', 'generate revenue', 'money be involve', 'if money', 'commercial', 'commercially', 'business', 'for profit', 'profit', 'revenue generate', 'monetary', 'paid', 'paying', 'for a fee', 'production', 'commercial advantage', 'commercial product', 'commercial service', 'commercial activity', 'commercial purpose', 'commercial use'],
    noncommercial: ['no revenue', 'no income', 'without revenue', 'non commercial', 'noncommercial', 'not for profit', 'nonprofit', 'non profit', 'non revenue', 'without commercial advantage', 'non production', 'charitable'],
    research: ['research', 'academic', 'scientific', 'study'],
    evaluation: ['evaluation', 'evaluate', 'evaluating', 'test', 'testing', 'test environment', 'trial', 'demonstration', 'demo', 'prototype', 'proof of concept', 'sandbox'],
    education: ['education', 'educational', 'teaching', 'learning', 'classroom', 'school'],
    personal: ['personal', 'private', 'hobby', 'household', 'non business'],
    internal: ['internal', 'own staff', 'own premises', 'in house', 'own internal', 'own employee'],
    open: ['open source license', 'release under an open source', 'osi approved', 'publicly distribute', 'publicly available', 'open source project', 'free software project'],
    field: [
      'telemarketing', 'debt collection', 'high frequency trading', 'hft', 'hydrocarbon', 'oil exploration', 'text and data mining', 'data mining', 'reproductive cloning', 'chimera', 'bulk email', 'semiconductor manufacturing',
      'military', 'warfare', 'weapon', 'munition', 'defense', 'combat', 'nuclear', 'surveillance', 'espionage', 'spy', 'facial recognition', 'biometric',
      'track individual', 'policing', 'law enforcement', 'immigration', 'border control', 'predictive policing', 'criminal justice', 'medical', 'clinical',
      'clinic', 'hospital', 'healthcare', 'diagnosis', 'critical infrastructure', 'autonomous vehicle', 'air traffic', 'sexually explicit', 'pornography',
      'adult content', 'gambling', 'casino', 'betting', 'fossil fuel', 'oil and gas', 'coal', 'mining', 'mine', 'cryptocurrency', 'crypto', 'tobacco',
      'alcohol', 'firearm', 'gun', 'automate decision', 'automated decision', 'credit scoring', 'credit', 'insurance', 'eligibility', 'political',
      'election', 'campaign', 'genetic', 'genetically', 'genome', 'gene', 'job applicant', 'applicant', 'hiring', 'recruitment', 'screen', 'productivity',
      'employee monitoring', 'monitor', 'deepfake', 'real person', 'harm', 'harmful', 'animal', 'environment', 'spam', 'disinformation', 'misinformation',
      'propaganda', 'advertising', 'marketing', 'lobbying', 'abortion', 'religion', 'religious', 'fraud', 'hate', 'harass', 'violence', 'illegal', 'unlawful',
      'child', 'minor', 'legal advice', 'financial advice', 'medical advice', 'investment', 'trading', 'stock', 'loan', 'lending', 'payday', 'police',
      'intelligence', 'defense industry', '=arms', 'ammunition', 'drone', 'pesticide', 'livestock', 'slaughter', 'meat', 'fur', 'pharmaceutical',
      'financial service', 'banking', 'brokerage', 'misleading information', 'bulk message', 'unsolicited', 'identifiable person', 'track the location', 'location of any person', 'communications of any person', 'intercept', 'compete with any offering', 'competing product', 'adult', 'adult website', 'fingerprint', 'iris', 'voice print', 'identification system', 'face recognition', 'state function', 'official state function', 'taxation', 'good purpose', 'evil', 'human generate', 'human generated', 'human author', 'written by a human', 'contraception', 'immoral', 'unethical', 'ethical', 'moral', 'human right',
    ],
    policy: ['responsible ai guideline', 'responsible ai guidelines', 'responsible ai policy', 'ai guideline', 'ai principle', 'ai principles', 'acceptable use policy', 'acceptable use', 'use policy', 'responsible use', 'responsible use guideline', 'usage policy', 'usage guideline', 'use guideline', 'community guideline', 'code of conduct', 'ethical guideline', 'policy', 'policies'],
  },
  fee: {
    money: [
      'remuneration', 'at a fee', 'for a fee',
      'royalty', 'royalties', 'fee', 'fees', 'payment', 'per cent', 'percent', '%', 'revenue share', 'share of revenue',
      'consideration', 'money', 'price', 'compensation', 'gross receipt', 'gross receipts', 'net selling price', 'revenue', 'charge',
    ],
    pay: ['negotiate', 'revenue share', 'subject to a royalty', 'subject to a fee', 'royalty agree', 'at a fee', 'against payment', 'upon payment', 'payment of', 'share * money', 'share * revenue', 'share * profit', 'pay us', 'payable', 'owe', 'pay', 'remit', 'donate', 'purchase', 'buy', 'paid', 'pay a fee', 'pay the licensor', 'pay royalty'],
    free: [ 'no license charge', 'without owe', 'without owing', 'owe * nothing', 'pay nothing', 'owe nothing', 'nothing be owe', 'nothing be payable', 'no royalty be owe', 'no other charge', 'no further charge', 'no extra charge', 'at no license charge', 'no license fee', 'no licence fee','without any fee', 'freely', 'without money', 'free of charge', 'for free', 'at no cost', 'no cost', 'without charge', 'without payment', 'royalty free', 'free of charge', 'no charge', 'without fee', 'without charge', 'at no charge', 'for a charge', 'gratis', 'no royalty', 'no fee', 'may charge', 'you may charge', 'fee for'],
  },
  product: {
    product: [
      'for the _ app', 'for the _ application', 'for the _ device', 'for the _ product', 'inside the product', 'take it out', 'take _ out', 'only with the', 'remain install', 'remain installed', 'originally supply', 'product bear', 'bear the licensor', 'incorporate in a product', 'run on the licensor', 'continue to run on', 'licensor board', 'complete bundle', 'starter kit', 'off platform', 'build on licensor', 'building on licensor',
      'licensor sdk', 'licensor launcher', 'licensor editor', 'licensor product', 'licensor products', 'licensor software', 'licensor service', 'licensor services', 'licensor platform', 'licensor cloud', 'licensor hardware', 'licensor device', 'licensor devices', 'licensor store', 'licensor package', 'licensor suite', 'licensor application', 'licensor applications', 'licensor operating system', 'licensor tool', 'licensor tools', 'licensor engine', 'licensor website',
      'separate * from', 'remove from', 'install without', 'official distribution', 'ship together with', 'together with an', 'extension to', 'add on to', 'add on for',
      'as part of', 'part of the licensor', 'bundle with', 'bundled with', 'together with the', 'in conjunction with', 'with which it be supply', 'oem',
      'app store', 'store', 'marketplace', 'suite', 'control panel', 'console', 'device', 'devices', 'hardware', 'computer', 'appliance', 'platform', 'service',
      'hosted inference service', 'publishing software', 'our product', 'the licensor product', 'vendor', 'licensor website', 'directly from the licensor',
      'lift out of', 'lifted out of', 'plug in marketplace', 'official repository', 'official repositories', 'obtain elsewhere', 'obtained elsewhere', 'ide', 'released from section', 'remove from the', 'use separately', 'redistribute separately', 'enterprise edition', 'licensor own distribution', 'remain bundled', 'separate them', 'separating them', 'not alone', 'extract from', 'component of', 'separately from', 'distribute separately', 'plug in to', 'as distribute within', 'operating system', 'linux distribution',
    ],
  },
  tech: {
    server: [ 'licensing server', 'activation token', 'activation service', 'api key', 'valid api key', 'license key issue by','activation server', 'license server', 'acceptance api', 'online activation', 'validate its license', 'validate * license'],
    acceptance: ['consent dialog', 'acceptance box', 'programming tool', 'signed programming tool', 'activation service', 'connect to the licensor', 'consent dialogue', 'in app consent', 'dialog box', 'dialogue box', 'license dialog', 'license screen', 'licence screen', 'splash screen', 'press accept', 'press ="accept"', 'acceptance form', 'on the licensor website', 'through the licensor website', 'click', 'clicking', 'tick', 'ticking', 'check box', 'checkbox', 'tick box', 'tick the box', 'button', 'i accept', 'online form', 'registration form', 'web form', 'online registration', 'installer', 'official installer', 'license server', 'download page', 'click through', 'clickwrap', 'click wrap'],
    platform: [
      'processor', 'processors', 'x86 64', 'arm architecture', 'arm processors', 'processor architecture', 'other architecture', 'graphics processor', 'graphics processors', 'archive format', 'package format', 'container format', 'proprietary format', 'file format',
      'amazon web services', 'aws', 'microsoft azure', 'azure', 'google cloud', 'gcp',
      'optical media', 'optical medium', 'optical disc', 'optical discs', 'processor architecture', 'cpu architecture',
      'windows', 'microsoft windows', 'macos', 'mac os', 'linux', 'ios', 'android', 'web browser', 'browser', 'web interface', 'graphical interface',
      'desktop', 'mobile', 'physical media', 'physical medium', 'peer to peer', 'dvd', 'usb', 'automated client', 'command line', 'x86', 'arm processor', 'gpu',
    ],
  },
  other: {
    // Where other software stands beside the work: the same medium, a bundle, a distribution.
    alongside: [
      'in that collection', 'in the collection', 'same collection', 'that collection', 'same system image', 'system image',
      'also run', 'that also run', 'same server',
      'storage medium', 'distribution medium', 'same cd', 'same image', 'disk image', 'container image', 'same computer', 'same host', 'same system', 'same machine', 'install alongside', 'deliver with',
      'same download', 'that download', 'that bundle', 'any medium', 'medium on which', 'same archive', 'same repository', 'same installer', 'same bundle', 'also carry', 'also contain', 'also ship', 'also include', 'ship with', 'same suite', 'that suite', 'that distribution', 'that package', 'on any host', 'any host where', 'same media', 'on the same', 'package it with', 'preload', 'pre install',
      'in the bundle', 'on that medium', 'on media', 'same distribution', 'same package', 'part of a product', 'next to', 'disc', 'archive', 'download bundle', 'containing the', 'in combination with', 'accompany by', 'same disc', 'same medium', 'same media', 'on the medium', 'on the disc', 'together with', 'alongside', 'bundle', 'bundling', 'distribute with',
      'ship with', 'in the same', 'compilation', 'aggregate', 'distribution that include', 'product that include', 'product bundling',
    ],
    // Software other than the work, when it stands beside it.
    beside: [ 'other work', 'other works', 'those other work', 'those other works', 'other item', 'every other item', 'software that be license under', 'software that be release under', 'program that be license under','any program', 'every program', 'any software', 'other component', 'component', 'components', 'open source component', 'program release under', 'software release under', 'programs that', 'other code'],
    other: [
      'software of a vendor', 'vendor whose product compete', 'closed source software', 'encryption product',
      'software compete with', 'program compete with', 'product compete with', 'software competing with', 'non free work', 'non free works', 'non free program', 'third party web browser', 'third party browser', 'rival orm', 'rival database', 'rival browser', 'rival framework', 'rival toolkit', 'rival sdk',
      'closed source software', 'non free software', 'nonfree software',
      'every other program', 'other commercial software', 'paid app', 'paid apps', 'software from a competitor', 'companion software', 'any software whose', 'other components', 'no other commercial software',
      'closed source program', 'closed source programs', 'commercial closed source', 'advertising software', 'browser toolbar', 'adware', 'toolbar', 'third party implementation', 'official runtime', 'any product of', 'product of a competitor', 'any other product', 'software of a competitor',
      'other software', 'other program', 'other programs', 'other database', 'other database engine', 'any other database', 'any other software', 'any other program', 'unrelated',
      'unrelated program', 'third party software', 'plug in', 'plugin', 'plug ins', 'extension', 'extensions', 'copyleft', 'copyleft license', 'copyleft licensed',
      'application that ship with', 'application that ships', 'every application', 'proprietary software', 'other interpreter', 'any other interpreter',
      'virtual machine', 'licensor runtime', 'software license under', 'program license under', 'code license under', 'other programs that',
      'product that compete', 'products that compete', 'software that compete', 'program that compete', 'programs that compete', 'codec that compete', 'advertising support software', 'advertising supported software', 'mining software',
      'gpl software', 'gpl program', 'gpl code', 'gpl license software', 'gpl licensed software', 'software under the gpl', 'software under gpl', 'license under the gpl', 'license under gpl', 'licensed under gpl',
      ...OTHER_SOFTWARE,
    ],
  },
  party: {
    original: [ 'originally download', 'party that download', 'person who download', 'who download the', 'who originally', 'directly from the licensor', 'original licensee','only cover you', 'cover only you', 'first person', 'first licensee', 'original licensee', 'initial licensee', 'original recipient', 'first recipient'],
    downstream: [ 'from a friend', 'from someone else', 'from another person', 'copy obtain from', 'copies obtain from',  'that party', 'each of them', 'every one of them','receiver', 'receivers', 'person getting', 'persons getting', 'downstream holder', 'subsequent recipient', 'every receiver', 'people you give it to', 'anyone you give it to', 'who get', 'people who get', 'who obtain', 'person who receive', 'any person who receive', 
      'recipient', 'recipients', 'downstream', 'end user', 'end users', 'third party', 'third parties', 'user', 'users', 'licensee of', 'customer', 'customers',
      'person who obtain', 'anyone who receive', 'each recipient', 'every recipient', 'any recipient', 'those who receive', 'who receive', 'obtain the software',
      'person to whom', 'persons to whom', 'transferee', 'sublicensee', 'person receive', 'person who obtain', 'to anyone', 'to others', 'other persons', 'other people', 'to someone', 'new user', 'each person', 'every person', 'any person who', 'subsequent holder', 'downstream licensee', 'downstream licensees',
    ],
  },
};

/** Every word the vocabulary uses: the lemmatiser prefers these base forms. */
export const KNOWN_WORDS: ReadonlySet<string> = new Set(
  Object.values(VOCABULARY).flatMap((concepts) =>
    Object.values(concepts).flatMap((phrases) => phrases.flatMap((p) => p.toLowerCase().split(/[\s-]+/).filter((w) => !w.startsWith('=')).map(foldSpelling)))),
);
