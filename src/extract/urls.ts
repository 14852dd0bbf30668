// Which addresses article links and images may keep, for every output that can be followed:
// rendered HTML (sanitize.ts) and Markdown.

// Links and images may point at the web, or be relative (the pipeline makes them absolute when it
// knows the page's address); no other scheme. DOMPurify separately allows data: images in <img>.
export const ALLOWED_URI = /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

export const HIDDEN_SCHEME = /^(?:javascript|vbscript|data:(?!image\/(?:png|gif|jpeg|webp|avif);base64,))/i;

/** A link or image address a reader may follow: web, mail, phone or relative, no hidden scheme. */
export function isSafeUrl(url: string): boolean {
  const bare = url.replace(/[\s\u0000-\u001f\ufffd]/g, '');
  return ALLOWED_URI.test(bare) && !HIDDEN_SCHEME.test(bare) && !/^data:/i.test(bare);
}
