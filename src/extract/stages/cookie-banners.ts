import type { Stage } from '../types';
import { namePattern } from '../dom';

// Cookie and consent banners: a sentence about cookies and an "Accept" button.
// Not a bare `cmp` ("consent management platform"): a widely used page builder calls every one
// of its components `cmp-…`, the article's own boxes and buttons included.
const COOKIE_NAMES = namePattern([
  'cookie', 'cookies', 'cookie-banner', 'cookie-notice', 'cookie-consent', 'consent', 'gdpr', 'onetrust',
  'cookiebot', 'didomi', 'qc-cmp2', 'cmpbox', 'cc-window', 'privacy-notice', 'eu-cookie',
]);
const COOKIE_PHRASES =
  /(?:use|uses|using|accept|allow|consent to)\b[^.]{0,40}cookies|cookies?\b[^.]{0,40}(?:policy|settings|preferences|consent)|файл(?:ы|ов|ами) cookie|cookie[- ]файл|использу\S* (?:файлы )?(?:cookie|куки)|використову\S* (?:файли )?cookie|обработк\S* персональных данных|(?:verwendet|nutzt|setzt)\b[^.]{0,30}cookies|utilis\S* (?:des )?(?:cookies|traceurs)|utiliz\S* (?:las |as )?cookies|utilizz\S* (?:i )?cookie|u[żz]ywa\S* (?:plik[óo]w )?cookie/i;

export const cookieBanners: Stage = {
  name: 'cookie-banners',
  phase: 'before',
  rule: {
    reason: 'cookie-banner',
    names: COOKIE_NAMES,
    phrases: COOKIE_PHRASES,
    maxChars: 800,
    structure: (el) => (el.querySelector('button, input[type="checkbox"], input[type="submit"], input[type="button"]') ? 1 : 0),
  },
};
