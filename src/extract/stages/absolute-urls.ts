import type { Stage } from '../types';

// The article is shown away from its page (popup, CLI output), where relative addresses break.
const URL_ATTRIBUTES: ReadonlyArray<[string, string]> = [
  ['a', 'href'], ['img', 'src'], ['video', 'src'], ['video', 'poster'], ['audio', 'src'], ['source', 'src'], ['track', 'src'],
];
const SRCSET_CARRIERS = 'img[srcset], source[srcset]';

function absolute(value: string, base: string): string {
  if (value.startsWith('#') || /^(?:data|mailto|tel):/i.test(value)) return value;
  try {
    return new URL(value, base).href;
  } catch {
    return value;
  }
}

export const absoluteUrls: Stage = {
  name: 'absolute-urls',
  phase: 'after',
  run(ctx) {
    const base = ctx.meta.baseUrl;
    if (!base) return;
    for (const [tag, attribute] of URL_ATTRIBUTES) {
      for (const el of Array.from(ctx.root.querySelectorAll(`${tag}[${attribute}]`))) {
        el.setAttribute(attribute, absolute(el.getAttribute(attribute)!.trim(), base));
      }
    }
    for (const el of Array.from(ctx.root.querySelectorAll(SRCSET_CARRIERS))) {
      const srcset = el.getAttribute('srcset')!;
      const resolved = srcset
        .split(/,\s+(?=\S)/)
        .map((candidate) => {
          const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
          return [absolute(url, base), ...descriptor].join(' ');
        })
        .join(', ');
      el.setAttribute('srcset', resolved);
    }
  },
};
