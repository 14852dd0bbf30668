import { describe, expect, it } from 'vitest';
import { looksLikeArticle } from '../../src/extract/article-check';
import { textBlocks } from '../../src/extract/blocks';
import { PROSE, parseBody } from '../helpers';

const blocksOf = (html: string) => textBlocks(parseBody(html));

describe('looksLikeArticle', () => {
  it('accepts connected prose, even short news', () => {
    expect(looksLikeArticle(blocksOf(PROSE.map((p) => `<p>${p}</p>`).join('')))).toBe(true);
  });

  it('accepts a post of two or three sentences', () => {
    expect(looksLikeArticle(blocksOf('<h1>Variables</h1><p>How did variables work again? Here is an excerpt from our teaching material!</p><p>Variables are no problem for you? Then try our puzzle!</p>'))).toBe(true);
    expect(looksLikeArticle(blocksOf('<p>The bridge on Main Street reopens on Monday after three weeks of repairs, the city said. Buses go back to their usual route.</p>'))).toBe(true);
  });

  it('turns away link lists, forms and one-liners', () => {
    expect(looksLikeArticle(blocksOf('<ul>' + '<li><a href="/x">A headline that is a link and nothing more than that</a></li>'.repeat(10) + '</ul>'))).toBe(false);
    expect(looksLikeArticle(blocksOf('<h1>Sign in</h1><p>Email</p><p>Password</p><p>Forgot your password?</p>'))).toBe(false);
    expect(looksLikeArticle(blocksOf('<p>Page not found. It may have been moved or deleted.</p>'))).toBe(false);
    expect(looksLikeArticle(blocksOf('<h1>Oops</h1><p>Sorry, this page does not exist.</p><p>Check the address or go back home.</p>'))).toBe(false);
  });

  it('accepts a table of values without sentences: a price list is content', () => {
    const rows = ['Basic', 'Standard', 'Premium', 'Business', 'Enterprise', 'School', 'Charity', 'Government'].map((plan, i) => `<tr><td>${plan} plan</td><td>${(i + 1) * 9} EUR per month</td><td>${(i + 1) * 5} users, ${(i + 1) * 20} GB storage, support by e-mail</td></tr>`);
    expect(looksLikeArticle(blocksOf(`<table>${rows.join('')}</table>`))).toBe(true);
  });

  it('weighs CJK characters for their density', () => {
    expect(looksLikeArticle(blocksOf('<p>' + '東京の新しい図書館は来月開館する予定で、市民は本を借りるだけでなく工具も借りられる。'.repeat(3) + '</p>'))).toBe(true);
  });
});
