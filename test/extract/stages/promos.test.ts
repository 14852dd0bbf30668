import { describe, expect, it } from 'vitest';
import { promos } from '../../../src/extract/stages/promos';
import { article, runStage } from '../../helpers';

describe('promos', () => {
  it('removes subscription forms and channel pitches in Russian, Ukrainian and English', () => {
    const run = runStage(
      promos,
      article(
        '<form class="subscribe-digest"><p>Каждый день — только самое важное.</p><input type="email"><button>Подпишись!</button></form>' +
          '<div><p>Підписуйтесь на наш телеграм-канал!</p><a href="https://t.me/x">Перейти</a></div>' +
          '<div class="newsletter"><p>Get the latest stories in your inbox.</p><button>Sign up</button></div>' +
          '<div><p>Never miss the latest news by signing up.</p><input type="email"><button>Go</button></div>',
      ),
    );
    expect(run.removals).toHaveLength(4);
    expect(run.removals.every((r) => r.reason === 'subscription')).toBe(true);
  });

  it('removes a sign-up box whole, its heading with its button row', () => {
    const box =
      '<div><div><h2>Get Jane Roe’s stories in your inbox</h2></div><div><p>Join for free to hear from this writer.</p></div>' +
      '<div><span><div><input type="text" placeholder="Your email"></div></span><div><button>Subscribe</button></div></div></div>';
    const run = runStage(promos, article(box));
    expect(run.text).not.toMatch(/in your inbox|Join for free|Subscribe/);
    expect(run.text).toContain('Budget night');
  });

  it('removes a box whose own heading is the pitch', () => {
    const box = '<div class="wp-block-column"><h2>This story is funded by readers like you</h2><p>Our newsroom is free of charge and of advertising; your gifts keep it that way.</p></div>';
    const run = runStage(promos, article(box));
    expect(run.removals).toHaveLength(1);
  });

  it('removes a fact box headed by the pitch in its header, and channel pitches in Spanish', () => {
    const box =
      '<div class="factbox"><span class="factbox-header"><h3>Sign up for our newsletter</h3></span>' +
      '<div class="factbox-content"><p>Simply pop your email <a href="/newsletter">into the box</a> at the top of this page.</p></div></div>';
    const channel = '<p>¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular en este <a href="https://t.me/x">enlace</a>.</p>';
    const run = runStage(promos, article(box + channel));
    expect(run.removals).toHaveLength(2);
    expect(run.text).not.toMatch(/pop your email|Telegram/);
  });

  it('removes a short note set apart in bold with a link, and keeps a stressed line of the story', () => {
    const note = '<p><em><strong>Want more from us? </strong></em><a href="/join"><em><strong>Sign up</strong></em></a><em><strong> for our newsletter and shop smarter.</strong></em></p>';
    const stressed =
      '<p><strong>Update: </strong><strong>readers who subscribe to the <a href="/report">annual report</a> will pay more from March, the publisher said on Monday, ' +
      'after two years of rising paper and postage costs; those who took out a subscription before the end of the year keep the old price until it runs out, and students pay half.</strong></p>';
    const plain = '<p>Want more from us? <a href="/join">Sign up</a> for our newsletter in the sidebar of the page.</p>';
    const run = runStage(promos, article(note + stressed + plain));
    expect(run.removals).toHaveLength(1);
    expect(run.text).not.toContain('shop smarter');
    expect(run.text).toContain('annual report');
    expect(run.text).toContain('in the sidebar');
  });

  it('keeps a news paragraph that mentions subscriptions', () => {
    const text = 'The streaming service said it would raise the price of a subscription by two dollars, its second increase in a year.';
    const run = runStage(promos, article(`<p>${text}</p>`));
    expect(run.removals).toEqual([]);
    expect(run.text).toContain(text);
  });

  it('keeps a paragraph in a box merely called "promo"', () => {
    const run = runStage(promos, article('<div class="promo-text"><p>The festival returns to the old port in August with three stages and a market.</p></div>'));
    expect(run.removals).toEqual([]);
  });

  it('keeps service cards a site calls "promo", each with a link to find out more', () => {
    const card = (title: string) =>
      `<div class="promo cmp-promo"><a href="/services/${title}"><h3>${title}</h3><div class="promo__desc">We help clients with ${title} across every industry and region.</div><span>Find out more</span></a></div>`;
    const run = runStage(promos, `<h1>Our services</h1>${['Audit', 'Tax', 'Consulting', 'Legal'].map(card).join('')}`);
    expect(run.removals).toEqual([]);
  });
});
