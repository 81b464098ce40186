import { type DraftStyle, sentenceCase } from '../draftStyle';
import { has } from '../language';
import { matchCase, permit, tidy } from '../rewrite';
import { matchAt, type Rule, wholeClause } from '../rule';
import { AnyOf, Near } from '../near';

const SALE_BANNED = new AnyOf(
  new RegExp(
    String.raw`\b(?:(?:may|shall|must|will|can)\s+not\s+(?:be\s+)?(?:sell|sold|resell|resold|re-sold|offer(?:ed)?\s+for\s+sale)|` +
      String.raw`not\s+(?:be\s+)?(?:for|available\s+for)\s+(?:re)?sale|cannot\s+be\s+(?:re)?sold|` +
      String.raw`(?:may|shall|must|do|does|will|can)\s+not\s+charge\s+(?:a|any)\s+(?:fee|price|money)|` +
      String.raw`(?:only|solely)\s+(?:be\s+)?(?:distributed|redistributed|given\s+away|shared)\s+(?:free\s+of\s+charge|without\s+charge|at\s+no\s+(?:cost|charge)|for\s+free)|` +
      String.raw`selling\s+(?:is|shall\s+be)\s+(?:prohibited|forbidden|not\s+permitted))`,
    'i',
  ),
  new Near(/\b(?:does|do|will|shall)\s+not\s+(?:include|grant)/i, ['[^.]{0,60}?', /\bright\s+to\s+(?:sell|resell|charge)/i]),
);

const ALLOWED_FEE = /\b(?:in\s+excess\s+of|more\s+than\s+(?:the\s+|your\s+)?(?:actual\s+|reasonable\s+)?costs?|physical\s+act\s+of\s+transferring|reasonable\s+(?:copying|reproduction)\s+(?:fee|cost)|fee\s+for\s+(?:support|warranty)|(?:fee|charge)\s+for\s+(?:the|this)\s+licen[cs]e\s+itself|the\s+(?:trade)?marks?|trademarks?|names?\s+of\b|endorse)/i;
const AGGREGATE = new AnyOf(new Near(/\baggregat\w*\b/i, ['[^.]{0,120}', /\b(?:may|permitted|allowed)/i]), new Near(/\b(?:may|permitted|allowed)\b/i, ['[^.]{0,120}', /\baggregat\w*/i]));

/** The licence forbids selling the work, or lets it be given away only for free. */
export const noSale: Rule = {
  id: 'no-sale',
  trigger: ['sell', 'sold', 'resell', 'resold', 'resale', 'sale', 'charge', 'free', 'fee', 'selling'],
  alsoNeeds: ['not', 'only', 'solely', 'cannot', 'prohibited', 'forbidden'],
  title: 'Selling the work is forbidden',
  criteria: [1],
  severity: 'error',
  explanation: 'OSD 1 lets anyone sell the software, alone or as part of an aggregate distribution. A licence that forbids selling copies, or allows only free distribution, takes that away.',
  suggestion: 'Allow copies to be sold or given away, e.g. "You may sell or give away copies of the Software."',
  fix: {
    title: 'Allow selling copies',
    rewrite: (s, style) => rewriteSale(s, style),
    replace: (style) => `${sentenceCase(style.licensee)} may sell or give away copies of ${style.work}, alone or as part of a larger distribution.`,
  },
  examples: {
    fail: [
      'Copies of this toolkit may not be sold, rented or leased to anyone.',
      'Nothing here gives you the right to sell the Software; the grant does not include the right to resell it.',
      'The Package shall only be redistributed free of charge.',
      'You may not charge any fee for copies of the program.',
    ],
    pass: [
      'You may charge a fee for the physical act of transferring a copy.',
      'You may sell copies of the Software, or give them away.',
      'The names of the contributors may not be sold or used to endorse derived products.',
      'You may offer support or warranty for a fee.',
      'The Font Software may be bundled and sold with any software; it may not be sold by itself.',
    ],
  },
  check(ctx) {
    if (!has(SALE_BANNED, ctx.text) || has(ALLOWED_FEE, ctx.text) || ctx.facts.nonBinding) return undefined;
    // "… may not be sold by itself" (the OFL): a ban on selling the work alone leaves its sale in an aggregate, which OSD 1 protects.
    if (STANDALONE.test(ctx.text) && !WHETHER_ALONE_OR.test(ctx.text)) return undefined;
    // "You may not charge a fee for this Package itself. However, you may distribute it in aggregate…"
    // (Artistic 1.0, OSI-approved): OSD 1 protects sale within an aggregate, so this is a note.
    const severity = ctx.doc.mentions(AGGREGATE) ? 'information' : undefined;
    return matchAt(ctx, SALE_BANNED, undefined, severity ? { severity } : undefined);
  },
};

/** "whether on its own or bundled": both, not the work alone. */
const WHETHER_ALONE_OR = /\bwhether\s+(?:\w+\s+){0,2}(?:by\s+itself|on\s+its\s+own|alone|stand-?alone)\s+or\b/i;
const STANDALONE = /\b(?:by\s+itself|by\s+themselves|on\s+(?:its|their)\s+own|alone|stand-?alone)\b/i;

/**
 * The prohibition turned into the permission, in the clause's own words: "The Model … may not be
 * sold" → "may be sold"; "shall only be redistributed free of charge" → "may be redistributed free
 * of charge or for a fee"; "the grant does not include the right to resell it" → "includes".
 */
function rewriteSale(s: string, style: DraftStyle): string | undefined {
  let out = permit(s, String.raw`sold|sell|resell|resold|re-sold|offered\s+for\s+sale|offer\s+for\s+sale|charge`) ?? s;
  out = out
    .replace(/\b(?:may|shall|must|can|will)\s+(?:only|solely)\s+(be\s+)?(distributed|redistributed|given\s+away|shared)\s+(free\s+of\s+charge|without\s+charge|at\s+no\s+(?:cost|charge)|for\s+free)/gi, (m: string, be: string | undefined, verb: string, free: string) => `${matchCase(m, 'may')} ${be ?? ''}${verb} ${free} or for a fee`)
    .replace(/\b(is|are)\s+not\s+(?:for|available\s+for)\s+(?:re)?sale\b/gi, (m: string) => matchCase(m, 'may be sold'))
    .replace(/\bselling\s+(is|shall\s+be)\s+(?:prohibited|forbidden|not\s+permitted)/gi, (m: string, verb: string) => `${matchCase(m, 'selling')} ${verb} permitted`)
    .replace(/\b(does|do|will|shall)\s+not\s+(include|grant)\b/gi, (_m: string, aux: string, verb: string) => (/^does$/i.test(aux) ? `${verb}s` : /^do$/i.test(aux) ? verb : `${aux} ${verb}`))
    .replace(/\bnothing\s+(?:here|herein|in\s+(?:this|these)\s+\w+)\s+(gives|grants)\b/gi, (m: string, verb: string) => `${matchCase(m, style.self)} ${verb}`);
  out = tidy(out);
  return out === s ? undefined : out;
}

const PAYMENT = new AnyOf(
  new Near(/\b(?:must|shall|will|agree\s+to|required\s+to|obliged\s+to)\s+(?:\w+\s+){0,3}?(?:pay|remit|share|owe)\b/i, ['[^.]{0,80}?', /\b(?:royalt\w*|fees?|percent(?:age)?|%|revenues?|proceeds|profits|compensation|consideration)/i]),
  /\b(?:(?:royalt(?:y|ies)|licen[sc]e\s+fees?|revenue\s+share)\s+(?:is|are|shall\s+be|will\s+be)\s+(?:due|payable|owed|charged)|(?:subject\s+to|conditioned\s+on|upon)\s+(?:the\s+)?payment\s+of|(?:enter\s+into|negotiate|request)\s+(?:a|an)\s+(?:separate\s+)?(?:business|commercial|revenue-sharing)\s+(?:arrangement|agreement|relationship))/i,
  new Near(/\bowes?\b/i, ['[^.]{0,80}?', /\b(?:percent\w*|%|royalt\w*|fees?|share|portion|amounts?)/i]),
  new Near(/\b(?:\w+\s+)?percent(?:age)?\s+of\s+(?:(?:any|all|the|your|their|its)\s+)?(?:amounts?|revenues?|proceeds|receipts|sales|income|profits)\b/i, ['[^.]{0,40}', /\b(?:receive[sd]?|earn\w*|generate[sd]?|collect\w*)/i]),
);
const FREE_OF_CHARGE = /\b(?:royalty-free|no-charge|free\s+of\s+charge|without\s+(?:payment|charge|fee)|no\s+(?:royalty|fee)|owes?\s+(?:us\s+|the\s+licensor\s+|anyone\s+)?nothing|physical\s+act|warranty|support\s+services?|reasonable\s+(?:copying|reproduction))/i;

/** The licence demands a royalty, fee, revenue share or business arrangement. */
export const royalty: Rule = {
  id: 'royalty-or-fee',
  trigger: ['pay', 'payment', 'remit', 'owe', 'owes', 'royalt*', 'fee', 'fees', 'percent*', 'share', 'arrangement', 'revenue', '%'],
  title: 'A royalty or fee is required',
  criteria: [1],
  severity: 'error',
  explanation: 'OSD 1 forbids requiring a royalty or other fee for selling or distributing the software. A payment or a business arrangement owed to the licensor makes redistribution conditional on paying.',
  suggestion: 'Drop the payment; fees may only be charged by distributors for the transfer itself, support or warranty.',
  examples: {
    fail: [
      'Any distributor shall pay the Licensor a royalty of five percent of gross receipts.',
      'Redistribution is subject to the payment of an annual licence fee to the Foundation.',
      'Resellers must enter into a separate commercial arrangement with us before offering the Model.',
    ],
    pass: [
      'This is a royalty-free licence.',
      'You may charge a fee for warranty or support services that you offer.',
      'The licensor grants you a no-charge, royalty-free copyright licence.',
    ],
  },
  check(ctx) {
    if (!has(PAYMENT, ctx.text) || has(FREE_OF_CHARGE, ctx.text) || ctx.facts.nonBinding) return undefined;
    return wholeClause(ctx);
  },
};

export const osd1Rules: readonly Rule[] = [noSale, royalty];
