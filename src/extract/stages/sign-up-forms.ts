import type { Stage } from '../types';
import { tagOf } from '../dom';

// A form that asks for an email address (a newsletter, an account, a petition, "stay informed")
// is a sign-up, in any language, whatever it is called or says. Readability reads its labels and
// its small print as text, and on a short story the form can outweigh it. Its lists of options
// (countries, topics) make it long; a page-wide <form> (old ASP.NET sites) is longer still, and
// holds the article, which the walk never takes.

export const signUpForms: Stage = {
  name: 'sign-up-forms',
  phase: 'before',
  rule: {
    reason: 'subscription',
    maxChars: 5000,
    structureAlone: true,
    structure: (el) => (isWholeForm(el) && el.querySelector('input[type=email]') ? 3 : 0),
  },
};

/** The form, or the one box that holds all of it: not a row of it, which would leave the rest. */
function isWholeForm(el: Element): boolean {
  const parent = el.parentElement;
  return tagOf(el) === 'FORM' || (parent !== null && tagOf(parent) === 'FORM' && parent.childElementCount === 1);
}
