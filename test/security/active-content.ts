// What in sanitized HTML could run, load or navigate, found by parsing it as a browser would.

import { JSDOM, VirtualConsole } from 'jsdom';

// MathML is rendered (formulas are article text); what in it could act is listed here instead:
// embedded markup (annotation-xml), actions (maction), and links, which the attribute check finds.
const ACTIVE_ELEMENTS =
  'script, iframe, frame, frameset, object, embed, applet, form, input, button, textarea, select, base, meta, link, style, svg, template, area, annotation-xml, maction';
const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'background', 'xlink:href', 'data'];
const SAFE_URL = /^(?:https?:|mailto:|tel:|#|\/|\.|data:image\/(?:png|gif|jpeg|webp|avif);base64,|[^:]*$)/i;

/** What in sanitized HTML could run, load or navigate: a list of findings, empty when safe. */
export function activeContent(html: string): string[] {
  const doc = new JSDOM(`<body>${html}</body>`, { virtualConsole: new VirtualConsole() }).window.document;
  const findings: string[] = [];
  for (const el of Array.from(doc.body.querySelectorAll(ACTIVE_ELEMENTS))) findings.push(`<${el.localName}>`);
  for (const el of Array.from(doc.body.querySelectorAll('*'))) {
    for (const attribute of Array.from(el.attributes)) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on') || name === 'style' || name === 'srcdoc' || name === 'id' || name === 'name') findings.push(`${el.localName}[${name}]`);
      if (URL_ATTRIBUTES.includes(name)) {
        const values = name === 'srcset' ? attribute.value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [attribute.value];
        for (const value of values) if (!SAFE_URL.test(value.replace(/[\s\u0000-\u001f\ufffd]/g, ''))) findings.push(`${el.localName}[${name}=${value}]`);
      }
    }
    if (el.localName === 'a' && el.getAttribute('target') && el.getAttribute('rel') !== 'noopener noreferrer') findings.push('a[target] without rel');
  }
  return findings;
}

