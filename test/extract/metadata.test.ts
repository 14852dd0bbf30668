import { describe, expect, it } from 'vitest';
import { readPageMetadata } from '../../src/extract/metadata';
import { parse } from '../helpers';

describe('readPageMetadata', () => {
  it('reads JSON-LD first, then Open Graph and meta tags', () => {
    const doc = parse(`<html lang="ru"><head><title>Заголовок — Сайт</title>
      <meta property="og:site_name" content="Сайт"><meta property="og:description" content="Лид">
      <meta property="og:image" content="https://s.example/i.jpg"><link rel="canonical" href="https://s.example/n/1">
      <script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":"NewsArticle","headline":"Заголовок","datePublished":"2025-01-02T03:04:05Z","author":[{"@type":"Person","name":"А. Автор"},{"name":"Б. Автор"}]}]}</script>
      </head><body><h1>Заголовок</h1></body></html>`);
    expect(readPageMetadata(doc, null)).toEqual({
      title: 'Заголовок', byline: 'А. Автор, Б. Автор', siteName: 'Сайт', lang: 'ru', dir: null,
      publishedTime: '2025-01-02T03:04:05Z', excerpt: 'Лид', leadImage: 'https://s.example/i.jpg', baseUrl: 'https://s.example/n/1',
      discussion: false,
    });
  });

  it('takes the headline from a title segment the page shows in a line of its own, not in a link', () => {
    const page = (headline: string) =>
      parse(`<html><head><title>THE DAILY - Promising vaccine against hepatitis C - science - Medicine</title></head>
        <body><a href="/science">science</a>${headline}<p>British researchers have made a vaccine.</p></body></html>`);
    expect(readPageMetadata(page('<div class="title">Promising vaccine against hepatitis C</div>'), null).title).toBe('Promising vaccine against hepatitis C');
    expect(readPageMetadata(page('<a href="/n/1">Promising vaccine against hepatitis C</a>'), null).title).toBe(
      'THE DAILY - Promising vaccine against hepatitis C - science - Medicine',
    );
  });

  it('survives broken JSON-LD and missing head', () => {
    const doc = parse('<body><script type="application/ld+json">{oops</script><p>x</p></body>');
    expect(readPageMetadata(doc, 'https://a.example/p').baseUrl).toBe('https://a.example/p');
  });

  it('knows a forum thread or a Q&A page by what it declares for search engines', () => {
    const microdata = parse('<html><body><div itemscope itemtype="https://schema.org/QAPage"><h1>Why?</h1></div></body></html>');
    const ld = parse('<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type": "DiscussionForumPosting","headline":"Range"}</script></head><body></body></html>');
    const story = parse('<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Budget"}</script></head><body></body></html>');
    expect([microdata, ld, story].map((doc) => readPageMetadata(doc, null).discussion)).toEqual([true, true, false]);
  });
});
