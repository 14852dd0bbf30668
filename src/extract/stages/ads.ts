import type { Stage } from '../types';
import { namePattern } from '../dom';

// Ad slots are named after the ad network or the slot ("adfox_top", "div-gpt-ad-…", "yandex_rtb")
// and often carry only a label and an iframe or a banner image.
const AD_NAMES = namePattern([
  'ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertising', 'adfox', 'adsense', 'adslot',
  'ad-slot', 'ad-unit', 'adunit', 'ad-container', 'ad-wrapper', 'ad-block', 'adblock', 'banner-ad',
  'dfp', 'gpt-ad', 'google-ad', 'yandex-rtb', 'yandex-direct', 'adriver', 'begun', 'taboola',
  'outbrain', 'mgid', 'smi2', 'sponsored', 'sponsor', 'reklama', 'commercial', 'teaser-ad',
  'native-ad', 'ad-label', 'adv-block', 'rtb',
]);
const AD_LABEL =
  /^[-–—\s]*(реклама|advertisement|advertising|advert|ads?|sponsored|sponsored content|paid content|на правах рекламы|спонсорский материал|publicité|anzeige|werbung|публікація на правах реклами|reklama|publicidad|pubblicità|publicidade|advertentie|annonce|reklame|in partnership with|sponsored by|presented by|brought to you by)[\s:–—-]*$/i;

export const ads: Stage = {
  name: 'ads',
  phase: 'before',
  rule: {
    reason: 'ad',
    names: AD_NAMES,
    label: AD_LABEL,
    maxChars: 600,
    structure(el, length) {
      if (Array.from(el.attributes).some((a) => /^data-(ad|google-query-id)/.test(a.name))) return 2;
      return length <= 30 && el.querySelector('iframe, img, ins') ? 1 : 0;
    },
  },
};
