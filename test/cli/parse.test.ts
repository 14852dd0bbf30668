import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/cli/parse';

const bodyText = (html: string) => parseDocument(html).body.textContent?.replace(/\s+/g, ' ').trim();

describe('parseDocument builds the tree a browser builds', () => {
  it('moves content before <body> into the body', () => {
    expect(bodyText('<html><head><title>t</title></head><div>first</div><body><p>second</p></body></html>')).toBe('firstsecond');
  });

  it('merges a second <body> into the first, attributes included', () => {
    const doc = parseDocument('<body><p>one</p></body><body class="late"><p>two</p></body>');
    expect(doc.querySelectorAll('body')).toHaveLength(1);
    expect(doc.body.getAttribute('class')).toBe('late');
    expect(doc.body.textContent).toBe('onetwo');
  });

  it('keeps text after a stray </html>', () => {
    expect(bodyText('<html><body><p>one</p></body></html><p>after</p>')).toBe('oneafter');
  });

  it('implies html, head and body around a bare fragment', () => {
    const doc = parseDocument('<title>T</title><p>bare</p>');
    expect(doc.title).toBe('T');
    expect(doc.body.querySelector('p')?.textContent).toBe('bare');
  });

  it('closes paragraphs and moves stray table text out of the table, per the standard', () => {
    const doc = parseDocument('<p>one<div>block</div><table>stray<tr><td>cell</td></tr></table>');
    expect(doc.body.children[0]?.textContent).toBe('one');
    expect(doc.body.children[1]?.tagName).toBe('DIV');
    expect(doc.querySelector('table')?.textContent).toBe('cell');
    expect(doc.body.textContent).toContain('stray');
  });

  it('reads the title as browsers do: the first <title>, in the body too, not an SVG one', () => {
    const doc = parseDocument('<div>before the head</div><svg><title>Icon</title></svg><title>  Storm\n closes the bridge </title><p>Text.</p>');
    expect(doc.head.getElementsByTagName('title')).toHaveLength(0);
    expect(doc.title).toBe('Storm closes the bridge');
    expect(parseDocument('<p>No title.</p>').title).toBe('');
  });

  it('keeps SVG and MathML element names and foreign attributes', () => {
    const doc = parseDocument('<svg viewBox="0 0 1 1"><clipPath id="c"></clipPath><use xlink:href="#c"/></svg><math><mi>x</mi></math>');
    expect(doc.querySelector('svg')?.firstElementChild?.localName).toBe('clipPath');
    expect(doc.querySelector('use')?.getAttribute('xlink:href')).toBe('#c');
    expect(doc.querySelector('math mi')?.textContent).toBe('x');
  });
});
