// The toolbar's icons: small line drawings on a 20×20 grid, built as SVG elements (no markup
// strings, nothing fetched). They are decoration: every button carries its name in text.

const SVG_NS = 'http://www.w3.org/2000/svg';

const PATHS = {
  smaller: 'M3 15 7 5l4 10M4.6 11h4.8M13 10h5',
  larger: 'M3 15 7 5l4 10M4.6 11h4.8M13 10h5M15.5 7.5v5',
  type: 'M2 16 6.5 4 11 16M3.6 12h5.8M17 16v-6.5a2.5 2.5 0 0 0-5 0M17 12.5c-1-.8-5-1-5 1.3 0 2.6 4.2 2.4 5 .2',
  play: 'M6 4v12l10-6z',
  pause: 'M6 4v12M14 4v12',
  stop: 'M5 5h10v10H5z',
  previous: 'M5 4v12M16 4 8 10l8 6z',
  next: 'M15 4v12M4 4l8 6-8 6z',
  share: 'M10 3v10M6 7l4-4 4 4M4 11v5h12v-5',
  book: 'M10 5c-2-1.5-5-1.5-7-1v12c2-.5 5-.5 7 1 2-1.5 5-1.5 7-1V4c-2-.5-5-.5-7 1zM10 5v12',
  settings: 'M10 7a3 3 0 1 0 0 6 3 3 0 0 0 0-6zM10 2v2.5M10 15.5V18M2 10h2.5M15.5 10H18M4.3 4.3l1.8 1.8M13.9 13.9l1.8 1.8M4.3 15.7l1.8-1.8M13.9 6.1l1.8-1.8',
  help: 'M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16zM7.5 7.8a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .8-1 1.5v.6M10 14.6v.2',
  close: 'M5 5l10 10M15 5 5 15',
  print: 'M5 8V3h10v5M5 14H3V8h14v6h-2M6 12h8v5H6z',
} as const;

export type IconName = keyof typeof PATHS;

export function icon(doc: Document, name: IconName): SVGSVGElement {
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 20 20');
  svg.setAttribute('width', '18');
  svg.setAttribute('height', '18');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('class', 'cr-icon');
  const path = doc.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', PATHS[name]);
  svg.append(path);
  return svg;
}
