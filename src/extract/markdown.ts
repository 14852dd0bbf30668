// Article HTML to Markdown: for the CLI and for "copy as Markdown". Markdown is text, but its
// readers follow links: only addresses a reader may follow are written, and nothing of scripts,
// styles or embedded documents is read, so the pipeline's HTML needs no DOM sanitizer first.

import { ELEMENT_NODE, TEXT_NODE, tagOf } from './dom';
import { isSafeUrl } from './urls';
import { asReadText } from './text';

const UNREAD = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'NOEMBED', 'NOFRAMES', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'FORM', 'BUTTON', 'SELECT', 'TEXTAREA', 'ANNOTATION', 'ANNOTATION-XML', 'RT', 'RP']);

export function toMarkdown(root: Node, title?: string): string {
  const body = blocks(root).join('\n\n').replace(/\n{3,}/g, '\n\n').trim();
  return asReadText(title ? `# ${escapeInline(title)}\n\n${body}\n` : `${body}\n`);
}

function blocks(node: Node): string[] {
  const out: string[] = [];
  let inline = '';
  const flush = () => {
    const text = inline.replace(/[ \t]+/g, ' ').replace(/ *\n */g, '\n').trim();
    if (text) out.push(text);
    inline = '';
  };
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType !== ELEMENT_NODE) {
      inline += renderInline(child);
      continue;
    }
    const el = child as Element;
    const block = renderBlock(el);
    if (block === null) inline += renderInline(el);
    else {
      flush();
      if (block) out.push(block);
    }
  }
  flush();
  return out;
}

function renderBlock(el: Element): string | null {
  const tag = tagOf(el);
  const heading = /^H([1-6])$/.exec(tag);
  if (heading) return `${'#'.repeat(Number(heading[1]))} ${inlineOf(el)}`;
  switch (tag) {
    case 'P': case 'FIGCAPTION': case 'DT': case 'DD': case 'SUMMARY': case 'CAPTION':
      return inlineOf(el);
    case 'PRE':
      return '```\n' + (el.textContent ?? '').replace(/\n$/, '') + '\n```';
    case 'BLOCKQUOTE':
      return blocks(el).join('\n\n').split('\n').map((line) => (line ? `> ${line}` : '>')).join('\n');
    case 'UL': case 'OL':
      return listOf(el, tag === 'OL');
    case 'HR':
      return '---';
    case 'TABLE':
      return tableOf(el);
    case 'DIV': case 'SECTION': case 'ARTICLE': case 'FIGURE': case 'HEADER': case 'FOOTER': case 'ASIDE':
    case 'DETAILS': case 'DL': case 'PICTURE':
      return blocks(el).join('\n\n');
    default:
      return null;
  }
}

function listOf(list: Element, ordered: boolean): string {
  const items = Array.from(list.children).filter((child) => tagOf(child) === 'LI');
  return items
    .map((item, i) => {
      const marker = ordered ? `${i + 1}. ` : '- ';
      const content = blocks(item).join('\n\n');
      return marker + content.split('\n').join('\n' + ' '.repeat(marker.length));
    })
    .join('\n');
}

function tableOf(table: Element): string {
  const rows = Array.from(table.querySelectorAll('tr'))
    .map((row) => Array.from(row.children).map((cell) => inlineOf(cell).replace(/\|/g, '\\|').replace(/\n/g, ' ')))
    // Rows of empty cells are spacing.
    .filter((cells) => cells.some((cell) => cell.trim()));
  if (rows.length === 0) return '';
  const width = Math.max(...rows.map((row) => row.length));
  const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
  return [line(rows[0]!), line(Array(width).fill('---')), ...rows.slice(1).map(line)].join('\n');
}

function inlineOf(el: Element): string {
  let text = '';
  for (let child = el.firstChild; child; child = child.nextSibling) text += renderInline(child);
  return text.replace(/[ \t\r\n]+/g, (space) => (space.includes('\u2028') ? '\n' : ' ')).replace(/ ?\u2028 ?/g, '  \n').trim();
}

function renderInline(node: Node): string {
  if (node.nodeType === TEXT_NODE) return escapeInline((node as Text).data);
  if (node.nodeType !== ELEMENT_NODE) return '';
  const el = node as Element;
  const inner = () => {
    let text = '';
    for (let child = el.firstChild; child; child = child.nextSibling) text += renderInline(child);
    return text;
  };
  const tag = tagOf(el);
  if (UNREAD.has(tag)) return '';
  switch (tag) {
    case 'BR': return '\u2028';
    case 'STRONG': case 'B': return wrap(inner(), '**');
    case 'EM': case 'I': case 'CITE': return wrap(inner(), '_');
    case 'CODE': case 'KBD': case 'SAMP': return '`' + (el.textContent ?? '').replace(/`/g, "'") + '`';
    case 'DEL': case 'S': return wrap(inner(), '~~');
    case 'A': {
      const href = el.getAttribute('href');
      const text = inner().trim();
      return href && !href.startsWith('#') && isSafeUrl(href) && text ? `[${text}](${href.replace(/\)/g, '%29')})` : inner();
    }
    case 'IMG': {
      const src = el.getAttribute('src');
      return src && isSafeUrl(src) ? `![${escapeInline(el.getAttribute('alt') ?? '')}](${src.replace(/\)/g, '%29')})` : '';
    }
    default: {
      const block = renderBlock(el);
      return block === null ? inner() : `\n${block}\n`;
    }
  }
}

function wrap(text: string, marker: string): string {
  const trimmed = text.trim();
  return trimmed ? `${marker}${trimmed}${marker}` : text;
}

function escapeInline(text: string): string {
  return text.replace(/([\\`*_[\]])/g, '\\$1');
}
