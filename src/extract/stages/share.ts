import type { Stage } from '../types';
import { escapeRegExp, markedBelow, namePattern } from '../dom';

// Share bars: a label ("Поделиться", "Share this") and links to the networks' share endpoints.
const SHARE_NAMES = namePattern([
  'share', 'shares', 'sharing', 'sharebar', 'share-bar', 'share-buttons', 'social', 'socials', 'social-share',
  'social-links', 'sharethis', 'addthis', 'ya-share2', 'soc-buttons', 'likes', 'pluso', 'uptolike',
]);
export const SHARE_PHRASES =
  /поделит(?:ься|есь)|расскажите (?:о новости )?друзьям|share (?:this|on|via|the)|поділит(?:ися|ься)|розкажіть друзям|отправить другу|(?:artikel|beitrag) (?:mit anderen )?teilen|partager (?:cet|sur)|compartir en|condividi (?:su|questo)|udostępnij|分享到/i;
const SHARE_LABEL =
  /^(поделиться|share|share this(?: article| story| page)?|поділитися|tweet|расскажите (?:о новости )?друзьям|(?:artikel |beitrag )?teilen|partager(?: cet article)?|compartir|condividi|udostępnij|compartilhar|partilhar|möchten sie (?:den|diesen) (?:artikel|beitrag) teilen\??|(?:den|diesen) (?:artikel|beitrag) (?:mit anderen )?teilen(?:\/diskutieren)?|follow us(?: on)?|nos siga(?: no| nas redes(?: sociais)?)?|siga-nos(?: n[oa]s?)?|síguenos(?: en)?|suivez-nous(?: sur)?|folgen sie uns(?: auf)?|seguici(?: su)?|подписывайтесь на нас|obserwuj nas|分享(?:到|至)?|分享此文|分享本文)[:!.：]?$/i;
const SHARE_ENDPOINTS = [
  'facebook.com/sharer', 'twitter.com/intent', 'twitter.com/share', 'x.com/intent', 'vk.com/share',
  'connect.ok.ru', 't.me/share', 'linkedin.com/share', 'pinterest.com/pin', 'reddit.com/submit', 'whatsapp://send',
  'api.whatsapp.com/send', 'telegram.me/share',
];
const SHARE_HREF = new RegExp(SHARE_ENDPOINTS.map(escapeRegExp).join('|'), 'i');

const shareLinkCounts = new WeakMap<Document, Map<Element, number>>();

function shareLinksBelow(el: Element): number {
  return markedBelow(shareLinkCounts, el, (doc) => Array.from(doc.querySelectorAll('a[href]')).filter((link) => SHARE_HREF.test(link.getAttribute('href') ?? '')));
}

export const share: Stage = {
  name: 'share',
  phase: 'before',
  rule: {
    reason: 'share',
    names: SHARE_NAMES,
    phrases: SHARE_PHRASES,
    label: SHARE_LABEL,
    maxChars: 300,
    // Two links to the networks' share endpoints make a share bar whatever it is called.
    structureAlone: true,
    structure(el) {
      const links = shareLinksBelow(el);
      return links >= 2 ? 3 : links;
    },
  },
};
