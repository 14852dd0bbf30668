// The one place where page-derived HTML becomes HTML we render. Everything the pipeline
// returns is untrusted until it has been through here.

import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import { ALLOWED_URI, HIDDEN_SCHEME } from './urls';

const ALLOWED_TAGS = [
  'a', 'abbr', 'b', 'blockquote', 'br', 'caption', 'cite', 'code', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt',
  'em', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark', 'ol',
  'p', 'picture', 'pre', 'q', 's', 'samp', 'section', 'small', 'source', 'span', 'strong', 'sub', 'summary', 'sup',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var', 'article', 'aside', 'header', 'footer',
];
const ALLOWED_ATTR = [
  'href', 'src', 'srcset', 'sizes', 'alt', 'title', 'width', 'height', 'colspan', 'rowspan', 'scope', 'headers',
  'datetime', 'lang', 'dir', 'start', 'reversed', 'type', 'media', 'open',
];

// Formulas are kept through DOMPurify's own MathML profile (its tags, its namespace checks); our
// narrow HTML allowlist is added to it. The profile also allows a few attributes we never want:
// ids (clobbering), xlink and MathML links, which the hook below strips from MathML elements.
const CONFIG: Config = {
  USE_PROFILES: { mathMl: true },
  ADD_TAGS: ALLOWED_TAGS,
  ADD_ATTR: [...ALLOWED_ATTR, 'target', 'rel', 'loading'],
  FORBID_ATTR: ['id', 'xlink:href', 'xlink:title', 'xml:id', 'xml:space', 'xmlns:xlink', 'style'],
  // A formula's TeX source or alternative markup would read as a second copy of it.
  ADD_FORBID_CONTENTS: ['annotation', 'annotation-xml'],
  ALLOWED_URI_REGEXP: ALLOWED_URI,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  SAFE_FOR_TEMPLATES: false,
  WHOLE_DOCUMENT: false,
  FORBID_TAGS: ['style', 'script', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'object', 'embed', 'svg', 'base', 'meta', 'link', 'annotation', 'annotation-xml', 'maction'],
};

const MATHML_NAMESPACE = 'http://www.w3.org/1998/Math/MathML';

const purifiers = new WeakMap<object, DOMPurify>();

function purifierFor(window: Window): DOMPurify {
  let purifier = purifiers.get(window);
  if (!purifier) {
    purifier = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
    if (!purifier.isSupported) throw new Error('DOMPurify cannot sanitize with this window');
    purifier.addHook('afterSanitizeAttributes', (node) => {
      // Belt and braces: a scheme hidden by control characters or replacement marks is dropped
      // even where a browser would not run it.
      for (const name of ['href', 'src', 'srcset']) {
        const value = node.getAttribute(name);
        if (value && HIDDEN_SCHEME.test(value.replace(/[\s\u0000-\u001f\ufffd]/g, ''))) node.removeAttribute(name);
      }
      // MathML links and link-like attributes: a formula is not a link.
      if (node.namespaceURI === MATHML_NAMESPACE) for (const name of ['href', 'src', 'xmlns']) node.removeAttribute(name);
      // Links leave the reader: a new tab, and no window.opener or referrer for the page.
      if (node.tagName === 'A' && node.hasAttribute('href')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
      if (node.tagName === 'IMG') node.setAttribute('loading', 'lazy');
    });
    purifiers.set(window, purifier);
  }
  return purifier;
}

/** Sanitized HTML as a string, for the CLI and for messages. */
export function sanitizeHtml(html: string, window: Window = globalThis.window): string {
  return purifierFor(window).sanitize(html, CONFIG) as string;
}

/** Sanitized HTML as nodes ready to append: what the reader view renders. */
export function sanitizeToFragment(html: string, window: Window = globalThis.window): DocumentFragment {
  return purifierFor(window).sanitize(html, { ...CONFIG, RETURN_DOM_FRAGMENT: true }) as unknown as DocumentFragment;
}

const STANDALONE_CSS =
  'body{margin:0;background:#fff;color:#1d1d1f;font:18px/1.6 Georgia,serif}article{max-width:40rem;margin:0 auto;padding:2rem 1.25rem}' +
  'img,video{max-width:100%;height:auto}pre{overflow-x:auto}a{color:#1a5fb4}.meta{color:#555;font:.85em/1.4 system-ui,sans-serif}' +
  '@media (prefers-color-scheme:dark){body{background:#1c1c1e;color:#e6e6e6}a{color:#8ab4f8}.meta{color:#a0a0a5}}';

export interface StandaloneArticle {
  title: string;
  html: string;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  facts: string;
  url: string | null;
}

/**
 * The article as a self-contained page to save: sanitized body, title and facts as text, one
 * style sheet of its own, no script, and a policy that forbids any.
 */
export function standalonePage(article: StandaloneArticle, window: Window = globalThis.window): string {
  const doc = window.document.implementation.createHTMLDocument(article.title);
  if (article.lang) doc.documentElement.lang = article.lang;
  if (article.dir) doc.documentElement.dir = article.dir;
  const meta = (attributes: Record<string, string>) => {
    const node = doc.createElement('meta');
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    doc.head.prepend(node);
  };
  meta({ 'http-equiv': 'Content-Security-Policy', content: "default-src 'none'; img-src * data:; media-src *; style-src 'unsafe-inline'" });
  meta({ charset: 'utf-8' });
  const style = doc.createElement('style');
  style.textContent = STANDALONE_CSS;
  doc.head.append(style);
  const body = doc.createElement('article');
  const heading = doc.createElement('h1');
  heading.textContent = article.title;
  const facts = doc.createElement('p');
  facts.className = 'meta';
  facts.textContent = article.facts;
  if (article.url && /^https?:/i.test(article.url)) {
    const source = doc.createElement('a');
    source.href = article.url;
    source.textContent = article.url;
    facts.append(doc.createElement('br'), source);
  }
  body.append(heading, facts, doc.importNode(sanitizeToFragment(article.html, window), true));
  doc.body.append(body);
  return `<!DOCTYPE html>\n${doc.documentElement.outerHTML}\n`;
}
