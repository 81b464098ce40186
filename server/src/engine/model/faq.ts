/**
 * An answer in a FAQ means what it says of the question before it: "Q: Can I ship a fork? A: Only
 * once the core team has signed off on it" restricts forks as much as "You may ship a fork only
 * once the core team has signed off on it". This reads the question into who and what is asked,
 * and the answer into the force it gives that act, and writes the two as one sentence for the
 * clause model to judge.
 */

/** "Can/May/Could <who> <act>?", "Am I allowed to <act>?", "Is it OK to <act>?". */
const QUESTION = /^(?:(?:and|so|but)\s+)?(?:can|may|could|am|are|is)\s/i;
/** A "Q:" marker before the question. */
const Q_MARK = /^Q\s*\d*\s*[:.)]\s*/i;
/** The acts a question asks about, as the first verb of its predicate. */
const ACT = /\b(?:use|using|run|ship|sell|resell|distribute|redistribute|publish|release|fork|modify|change|alter|adapt|translate|install|deploy|host|offer|train|fine-tune|finetune|contribute|copy|share|include|bundle|embed|integrate|combine|link|port|build|create|make|access|download|license|relicense|sublicense|charge|rent|lease|operate|serve|provide|incorporate|package|mirror|upload|remove|strip|keep|put|give|rebrand|rename)\b/i;
/** "allowed to", "permitted to", "is it OK for me to": the words between the asker and the act. */
const LEAVE = /\s*\b(?:it\s+)?(?:allowed|permitted|ok|okay|fine|possible|legal|free)\s+(?:for\s+\S+(?:\s+\S+)?\s+)?to$/i;

/** How the answer treats the act: its force and the words that condition it. */
const ANSWER = /^\W*(?:A\s*\d*\s*[:.)]\s*)?(?:(no|nope)\b[\s,.;:!\u2014-]*|(not)\s+(?=unless|without|until|before|if|for|in|outside|except|beyond|on|once)|(?:yes|sure)\b[\s,.;:!\u2014-]*(?:but\s+)?(?=only|provided|as\s+long\s+as|on\s+condition|subject\s+to|if\b)|(?=only\s+(?:if|when|once|after|for|in|with|by|on|where|while|within|through|from|as|under|to|inside|until)\b))/i;

/** "Who can/may <act>?", "Who is allowed to <act>?". */
const WHO_QUESTION = /^who\s+(?:can|may|is\s+(?:allowed|permitted|entitled)\s+to|gets?\s+to)\s+/i;
/** An "A:" marker before the answer. */
const A_MARK = /^\W*A\s*\d*\s*[:.)]/i;
/** An answer that names everyone: "Anyone.", "Everybody, for any purpose." */
const EVERYONE = /^\W*(?:anyone|anybody|everyone|everybody|all|any\s+(?:person|one|entity)|whoever|you|yes)\b/i;
/** "Sure, unless …", "Yes — except …": a permission with an exception. */
const YES_UNLESS = /^\W*(?:yes|sure)\b[\s,.;:!\u2014-]*(?=unless\b|except\b)/i;

/** The question asked just before an answer, written as a sentence with the answer's force, or undefined. */
export function askedAndAnswered(question: string, answer: string): string | undefined {
  // (The last sentence of the question, without its "Q:" marker.)
  const last = question.trim().split(/[.!]\s+/).pop() ?? '';
  const asked = last.replace(Q_MARK, '').trim();
  // "Who can use it? Students and hobbyists." reads "Only students and hobbyists may use it."
  const whoAsked = WHO_QUESTION.exec(asked);
  const said = answer.replace(A_MARK, '').trim();
  if (whoAsked && asked.endsWith('?') && asked.length < 120 && !EVERYONE.test(said)) {
    const what = asked.slice(whoAsked[0].length, -1).trim();
    const whom = said.replace(/^\W*only\s+/i, '').split(/[.;!?]/)[0].trim();
    return ACT.test(what.split(' ')[0]) && whom ? `Only ${whom.replace(/^\w/, (c) => c.toLowerCase())} may ${what}.` : undefined;
  }
  const unless = YES_UNLESS.exec(said);
  const a = unless ?? ANSWER.exec(answer);
  if (!a) return undefined;
  const q = QUESTION.exec(asked);
  if (!q || !asked.endsWith('?') || asked.length - q[0].length > 161 || asked.indexOf('?') < asked.length - 1) return undefined;
  const body = asked.slice(q[0].length, -1).replace(/\s+/g, ' ').trim();
  const act = ACT.exec(body);
  if (!act) return undefined;
  const who = body.slice(0, act.index).trim().replace(LEAVE, '');
  // (A question about a duty, "Are we required to publish our changes?", is not one about a permission.)
  if (/\b(?:required|obliged|obligated|expected|need|needed|have|has|must|forced)\b/i.test(who) || who.split(' ').length > 8) return undefined;
  const subject = !who || /^(?:i|we|you|me|us|it)$/i.test(who) ? 'You' : who.replace(/^(?:my|our)\b/i, 'your').replace(/^\w/, (c) => c.toUpperCase());
  const what = body.slice(act.index).replace(/\b(?:my|our)\b/gi, 'your').replace(/\b(?:this|it)\b(?=\s+(?:in|for|on|with|at|as|to|into|inside|within|commercially|internally|locally)\b|\s*$)/gi, 'the Software');
  const rest = (unless ? said : answer).slice(a[0].length).trim().replace(/[.!]\s*$/, '');
  const negative = a[1] !== undefined || a[2] !== undefined;
  if (negative && !rest) return `${subject} may not ${what}.`;
  // "No. The licence does not extend to you" / "Not unless their agency has signed …": the act is refused, on what follows.
  if (a[1] !== undefined) return `${subject} may not ${what}; ${rest}.`;
  if (a[2] !== undefined) return `${subject} may not ${what} ${rest}.`;
  // "Only once …", "Yes, but only for …", "Yes, provided …".
  return `${subject} may ${what} ${rest.replace(/^\w/, (c) => c.toLowerCase())}.`;
}
