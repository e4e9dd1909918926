/**
 * Words as the knowledge base compares them: lower case, accents removed (« Mobilité » and
 * « mobilite » are one word), without the small words of French. Used for synonyms, « questions
 * types », the sensitive-subject list of the assistant, and the « questions sans réponse » (which
 * keep these words, never the sentence nor who typed it).
 */

/** Lower case, no accents, ligatures spelt out: « Œuvres sociales » → « oeuvres sociales ». */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae');
}

const STOP_WORDS = new Set(`
a au aux avec ce ces cet cette dans de des du elle en et eux il ils je la le les leur leurs lui ma mais me mes moi mon ne nos notre nous
on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous c d j l m n s t y est sont suis es etre ai as avons
avez ont quoi quel quelle quels quelles comment combien quand ou dont si plus tres bien faire fait peut peux puis dois doit veux voudrais
ca cela ceci ici la-bas chez sans sous entre vers
`.trim().split(/\s+/));

/** The meaningful words of a text, folded, in order, each once. */
export function meaningfulWords(text: string): string[] {
  const words = foldAccents(text).split(/[^a-z0-9]+/).filter((w) => w.length >= 2 && !STOP_WORDS.has(w));
  return [...new Set(words)];
}

/** What a « question sans réponse » keeps: its meaningful words, sorted, bounded. Empty when none. */
export function unansweredWords(text: string): string {
  return meaningfulWords(text).sort().join(' ').slice(0, 200).trim();
}

/** A text folded to its words separated by single spaces (for phrase matching). */
export function foldedPhrase(text: string): string {
  return foldAccents(text).split(/[^a-z0-9]+/).filter(Boolean).join(' ');
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** The marks `ts_headline` is asked to put around the matching words: control characters no article text holds. */
export const MARK_START = '\u0002';
export const MARK_STOP = '\u0003';

/** A `ts_headline` excerpt as safe HTML: everything escaped, then only <mark> and </mark> put back. */
export function highlightedHtml(headline: string): string {
  const opened = escapeHtml(headline).replaceAll(MARK_START, '<mark>').replaceAll(MARK_STOP, '</mark>');
  return opened;
}
