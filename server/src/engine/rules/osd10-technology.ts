import { has } from '../language';
import { matchAt, type Rule } from '../rule';
import { AnyOf, Near } from '../near';

const GESTURE = new AnyOf(
  new Near(/\b(?:by|once|when|after|upon)\s+(?:you\s+)?(?:click\w*|check(?:ing|s)?|tick\w*|tap\w*|press\w*|select\w*|clicking\s+on|signing\s+up|creating\s+an\s+account)\b/i, ['[^.]{0,80}?', /\b(?:accept|agree|consent|button|box|link|I\s+Accept)/i]),
  /\bclick(?:-through|\s*wrap)\b/i,
  new Near(/\b(?:must|shall)\s+(?:first\s+)?(?:accept|agree\s+to)\b/i, ['[^.]{0,60}', /\b(?:online\s+form|web\s+form|portal|dialog|checkbox|button|installer)\b/i]),
);
/** "by clicking the button below, or" in a sentence to rewrite. */
const CLICK_PHRASE = new Near(/\bby\s+(?:clicking|checking|ticking|tapping|pressing|selecting)\b/i, ['[^,]{0,80}?', /(?:\bbelow\b|\bbox\b|\bbutton\b|\bagree\b|"[^"]{0,80}")\s*(?:,\s*)?(?:or\s+)?/i]);

const OTHER_WAY = /\bor\s+(?:by\s+)?(?:(?:otherwise\s+)?(?:using|copying|installing|distributing|downloading|exercising|accessing|affirming|modifying)|in\s+any\s+other)\b/i;

/** Acceptance tied to an interface gesture: click-wrap. */
export const clickWrap: Rule = {
  id: 'click-wrap',
  trigger: ['click*', 'check*', 'tick*', 'tap*', 'press*', 'select*', 'signing', 'account', 'accept*', 'agree*'],
  title: 'Acceptance is tied to a specific interface (click-wrap)',
  criteria: [10],
  severity: 'warning',
  explanation: 'OSD 10 forbids provisions predicated on an individual technology or style of interface. Tying acceptance to clicking a button or ticking a box fails where the work is distributed by other means (an archive, a mirror, a package manager).',
  suggestion: 'Let the licence apply on exercising the rights ("by using or distributing the work, you accept this licence"), without naming a gesture.',
  fix: {
    title: 'Accept by exercising the rights, not by clicking',
    rewrite: (s) => {
      // "By clicking the "Agree" button, or by using the Work, you agree …" → "By using the Work, you agree …"
      const m = CLICK_PHRASE.exec(s);
      if (!m) return undefined;
      if (/\bor\s+$/i.test(m[0])) {
        const out = s.slice(0, m.index) + s.slice(m.index + m[0].length);
        return out.charAt(0).toUpperCase() + out.slice(1);
      }
      const rest = s.slice(m.index);
      const comma = rest.indexOf(',');
      const you = /\s(?:you|licensee)\b/i.exec(rest);
      let end = comma >= 0 && (!you || comma < you.index) ? m.index + comma + 1 : you ? m.index + you.index + 1 : -1;
      if (end < 0) return undefined;
      const or = /^\s*or\s+/i.exec(s.slice(end));
      if (or) end += or[0].length;
      const out = `${s.slice(0, m.index)}${s.slice(end).trimStart()}`;
      return out.charAt(0).toUpperCase() + out.slice(1);
    },
  },
  examples: {
    fail: [
      'By clicking the "Agree" button you accept these terms.',
      'By ticking the box on the download page, you agree to be bound by this Licence.',
      'This click-through licence takes effect when you press Install.',
    ],
    pass: [
      'By using or distributing the Work, you indicate your acceptance of this License.',
      'You are not required to accept this License, since you have not signed it.',
      'Click the link below to read the full text of the licence.',
    ],
  },
  check(ctx) {
    if (!has(GESTURE, ctx.text) || ctx.facts.nonBinding) return undefined;
    // "By clicking Accept, or by using the work, you agree…": the gesture is one way among others
    // (as in the OSI-approved Python and EUPL licences), so it is a note, not a warning.
    if (/\bno\s+other\s+(?:form|way|means|manner)\b|\bonly\s+(?:by|when|once)\s+(?:you\s+)?(?:click|press|tick|tap|check)/i.test(ctx.text)) {
      return matchAt(ctx, GESTURE, 'no other way to accept', { severity: 'error' });
    }
    const alternative = has(OTHER_WAY, ctx.text) || /\bshould\b|\bwhenever\s+(?:reasonably\s+)?(?:feasible|possible)/i.test(ctx.text);
    return matchAt(ctx, GESTURE, undefined, alternative ? { severity: 'information' } : undefined);
  },
};

export const osd10Rules: readonly Rule[] = [clickWrap];
