import type { Stage } from '../types';
import { ELEMENT_NODE, TEXT_NODE, namePattern, tagOf } from '../dom';
import { linksOrControls } from '../block-rules';

// Subscription, newsletter, paywall and "join our channel" pitches. Their phrases are calls to
// action in the second person, which article prose rarely uses together with a form or a link.
// Plain "promo" and "cta" are not names of this kind: sites call every card and teaser that, the
// sections of a service page included; such a box goes only when it says what a pitch says.
const PROMO_NAMES = namePattern([
  'subscribe', 'subscription', 'subscr', 'newsletter', 'newsletters', 'paywall', 'signup', 'sign-up',
  'regwall', 'follow-us', 'join-us', 'telegram', 'tg-channel',
  'whatsapp', 'viber', 'donate', 'donation', 'support-us', 'membership', 'digest', 'mailing', 'inline-promo',
  'email-capture', 'optin', 'opt-in',
]);
export const PROMO_PHRASES = new RegExp(
  [
    // Russian
    'подпис(?:ывайтесь|ывайся|аться|ка на|ись|чик)', 'присоединяйтесь', 'telegram[- ]?канал', 'телеграм[- ]?канал',
    'сохрани(?:те)? (?:наш )?номер', 'сообщи(?:те)? новость', 'дайджест', 'рассылк', 'на почту (?:выслано|отправлено)',
    'оформи(?:те)? подписку', 'поддержите (?:нас|редакцию)', 'наш(?:ем)? канал',
    // Ukrainian
    'підпис(?:уйтесь|атися|ка на|ник)', 'приєднуйтесь', 'розсилк', 'наш(?:ому)? (?:телеграм|канал)',
    // English
    'subscribe', 'newsletter', 'sign up (?:for|to|now)', 'join our', 'follow us', 'get the latest', '(?:in|to) your inbox',
    'already a subscriber', 'support (?:our|independent) journalism', 'become a (?:member|subscriber)',
    'unlock (?:this|full|unlimited)', 'create a free account', 'start your free trial', 'readers like you',
    'make a (?:one-off |one-time |monthly )?donation', 'never miss (?:a |an |the |our )?(?:story|update|post|thing|beat|the latest)', 'sign up here', 'donate (?:now|today)', 'small favou?r to ask', 'get updates from this',
    // German, French, Spanish, Italian, Polish, Portuguese
    'abonnieren', 'jetzt anmelden', 'verpassen sie keine', "s[’']abonner", 'abonnez-vous', 'inscrivez-vous', 'suscr[ií]bete',
    '[úu]nete (?:a|desde|en|ya)\\b', 'nuestro canal de (?:telegram|whatsapp|youtube)', 'tenemos (?:un )?canal de (?:telegram|whatsapp|youtube)',
    'iscriviti', 'zapisz się', 'subskrypcj', 'assine (?:a|nossa)', 'inscreva-se',
  ].join('|'),
  'i',
);
const MESSENGER_LINK = 'a[href*="t.me/"], a[href*="telegram."], a[href*="wa.me/"], a[href*="whatsapp"], a[href*="viber"]';

export const promos: Stage = {
  name: 'promos',
  phase: 'before',
  rule: {
    reason: 'subscription',
    names: PROMO_NAMES,
    phrases: PROMO_PHRASES,
    maxChars: 700,
    structure: (el, length) =>
      linksOrControls(el, length) + (el.querySelector(MESSENGER_LINK) || pitchIsTitle(el) || setApartWithLink(el, length) ? 1 : 0),
  },
};

/**
 * The box's own heading is the pitch ("This story is funded by readers like you"), the heading
 * first in the box or first in its header.
 */
function pitchIsTitle(el: Element): boolean {
  let heading = el.firstElementChild;
  while (heading && !/^H[2-6]$/.test(heading.tagName) && heading.firstElementChild && !heading.firstElementChild.nextElementSibling) heading = heading.firstElementChild;
  return heading !== null && /^H[2-6]$/.test(heading.tagName) && PROMO_PHRASES.test(heading.textContent ?? '');
}

const EMPHASIS = new Set(['EM', 'STRONG', 'I', 'B']);
/** Above this a paragraph set in bold is a passage the writer stressed, not a note set apart. */
const SET_APART_MAX_CHARS = 200;

/**
 * A short paragraph set wholly in bold or italics with a link in it: a note the site sets apart
 * from the story ("Want more from us? Sign up for our newsletter"), not a line of the story.
 */
function setApartWithLink(el: Element, length: number): boolean {
  return tagOf(el) === 'P' && length <= SET_APART_MAX_CHARS && el.querySelector('a[href]') !== null && allEmphasised(el);
}

function allEmphasised(node: Node): boolean {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE ? (child as Text).data.trim() !== '' : child.nodeType === ELEMENT_NODE && !EMPHASIS.has(tagOf(child as Element)) && !allEmphasised(child)) return false;
  }
  return true;
}
