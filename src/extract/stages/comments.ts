import type { Stage } from '../types';
import { markedBelow, namePattern } from '../dom';

// Comment threads and forms: readers' words, not the article's.
const COMMENT_NAMES = namePattern([
  'comment', 'comments', 'comment-list', 'comment-form', 'comments-area', 'disqus', 'disqus-thread', 'replies',
  'discussion', 'respond', 'cackle', 'hypercomments', 'vk-comments', 'fb-comments', 'talk-comments',
  // The same in the languages of the page's own markup.
  'komentarze', 'komentarz', 'koment', 'kommentare', 'kommentar', 'commentaires', 'commentaire', 'commenti', 'comentarios',
  'comentario', 'kommentarii', 'kommentarij', 'komentari', 'sxolia', 'pinglun',
]);
export const COMMENT_PHRASES =
  /^(?:комментари|коментар|\d+\s+(?:comments?|комментари|коментар|komentarz|kommentar|commentaire|commenti|comentario))|(?:оставьте|оставить|добавить|написать) комментарий|leave a (?:comment|reply)|(?:add|post|view|show) (?:a )?comments?|join the (?:discussion|conversation)|be the first to comment|no comments yet|будьте первым|залиш(?:те|ити) коментар|^kommentare?\b|kommentieren|(?:schreibe|schreiben sie) einen kommentar|keine kommentare|laisser un commentaire|^commentaires?\b|deja (?:un|tu) comentario|^comentarios?\b|lascia un commento|^commenti\b|^komentarze?\b|dodaj komentarz|deixe (?:um|seu) comentário|\btrackback\b|comments (?:are )?closed|kommentare (?:sind )?geschlossen|комментарии закрыты|ваш комментарий (?:будет|отправлен|добавлен)|your comment (?:will be|is awaiting|has been)/i;

/** A thread's own header: "59 Comments", "Комментарии (14)", "Kommentare". */
export const COMMENT_HEADER =
  /^(?:\d+\s+(?:responses?|replies)|(?:\d+\s+)?(?:comments?|комментари\p{L}*|коментар\p{L}*|komentarz\p{L}*|kommentare?|commentaires?|commenti|comentarios?))(?!\p{L})/iu;

export const comments: Stage = {
  name: 'comments',
  phase: 'before',
  rule: {
    reason: 'comments',
    names: COMMENT_NAMES,
    phrases: COMMENT_PHRASES,
    maxChars: 3000,
    maxCharsNamedAndSaid: 100_000,
    opening: COMMENT_HEADER,
    structure: messageForm,
    structureAlone: true,
  },
};

/**
 * Named or said to be comments: a box to write in, or any control, agrees. Alone: a box to write
 * in with fields for who writes (name, email) is a comment or message form, whatever it is called
 * or says; a box to write in alone (a search box, a snippet to copy) is not.
 */
function messageForm(el: Element, _length: number, _index: unknown, said: number): number {
  if (said) return el.querySelector('textarea') ? 2 : el.querySelector('form, button, input') ? 1 : 0;
  // The boxes around textareas are found once per walk: one taken out since leaves its box listed.
  return holdsTextarea(el) && el.querySelector('textarea') && el.querySelectorAll('input[type=text], input[type=email], input:not([type])').length >= 2 ? 3 : 0;
}

const textareasBelow = new WeakMap<Document, Map<Element, number>>();

function holdsTextarea(el: Element): boolean {
  return markedBelow(textareasBelow, el, (doc) => Array.from(doc.getElementsByTagName('textarea'))) > 0;
}
