import { describe, expect, it } from 'vitest';
import { keepTabStop } from '../../src/reader/controls';
import { parseBody } from '../helpers';

describe('toolbar tab stop', () => {
  it('moves the one tab stop to the first enabled control when its control is disabled', () => {
    const body = parseBody('<div id="bar"><button id="a" tabindex="0">A</button><button id="b" tabindex="-1">B</button><button id="c" tabindex="-1">C</button></div>', 'jsdom');
    const bar = body.querySelector<HTMLElement>('#bar')!;
    const [a, b, c] = ['#a', '#b', '#c'].map((id) => body.querySelector<HTMLButtonElement>(id)!);
    keepTabStop(bar);
    expect([a!.tabIndex, b!.tabIndex, c!.tabIndex]).toEqual([0, -1, -1]);
    a!.disabled = true;
    keepTabStop(bar);
    expect([a!.tabIndex, b!.tabIndex, c!.tabIndex]).toEqual([-1, 0, -1]);
  });

  it('makes the first control the one tab stop of a fresh toolbar', () => {
    const body = parseBody('<div id="bar"><button>A</button><button>B</button></div>', 'jsdom');
    keepTabStop(body.querySelector<HTMLElement>('#bar')!);
    expect(Array.from(body.querySelectorAll('button')).map((b) => b.getAttribute('tabindex'))).toEqual(['0', '-1']);
  });
});
