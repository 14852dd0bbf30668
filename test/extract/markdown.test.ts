import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../../src/extract/markdown';
import { parseBody } from '../helpers';

describe('toMarkdown', () => {
  it('writes headings, emphasis, links, images, lists, quotes, code and tables', () => {
    const body = parseBody('<h2>Part</h2><p>Some <strong>bold</strong> and <em>soft</em> [text] with <a href="https://a.example/x">a link</a>.</p><figure><img src="https://a.example/i.jpg" alt="pic"><figcaption>Caption</figcaption></figure><ol><li>one</li><li>two</li></ol><blockquote><p>quoted</p></blockquote><pre>let x = 1;</pre><table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></table>');
    expect(toMarkdown(body, 'Title')).toBe(
      '# Title\n\n## Part\n\nSome **bold** and _soft_ \\[text\\] with [a link](https://a.example/x).\n\n![pic](https://a.example/i.jpg)\n\nCaption\n\n1. one\n2. two\n\n> quoted\n\n```\nlet x = 1;\n```\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n',
    );
  });

  it('writes ruby text as its base, without the reading aids', () => {
    expect(toMarkdown(parseBody('<p><ruby>法律<rp>(</rp><rt>ほうりつ</rt><rp>)</rp></ruby>ができた。</p>'), 'T')).toBe('# T\n\n法律ができた。\n');
  });
});
