// Readability as our bundles ship it: the parts no caller of ours reaches are left out, in the
// page agent (where every byte is injected into the page) and in the command-line tool alike, so
// that both run the same parser. A Readability whose source no longer has them where expected
// stops the build rather than ship it.

export const READABILITY_FILE = /@mozilla[\\/]readability[\\/]Readability\.js$/;

/**
 * Methods replaced by an empty body (or a constant):
 * - `_getJSONLD`: we always pass `disableJSONLD` (metadata.ts reads JSON-LD once, before cleaning);
 * - `_fixRelativeUris`: the absolute-urls stage makes every address absolute after Readability,
 *   also in the sections kept in reserve, which Readability never sees; a `javascript:` link it
 *   would have turned into text keeps its text, and the sanitizer drops the address;
 * - `_findNode`: called nowhere;
 * - `_getAllNodesWithTag`'s way for a DOM without `querySelectorAll`: every DOM we run on has it.
 */
const EMPTIED = [
  ['_getJSONLD(doc) {', '_getJSONLD() {\n    return {};'],
  ['_fixRelativeUris(articleContent) {', '_fixRelativeUris() {'],
  ['_findNode(nodeList, fn) {', '_findNode() {'],
  ['_getAllNodesWithTag(node, tagNames) {', '_getAllNodesWithTag(node, tagNames) {\n    return node.querySelectorAll(tagNames.join(","));'],
];

/** Patterns nothing reads once those are gone (its article types; four that 0.6.0 keeps but never uses). */
const UNREAD_PATTERNS = ['jsonLdArticleTypes', 'srcsetUrl', 'extraneous', 'replaceFonts', 'nextLink', 'prevLink'];

const DEBUG_BRANCH = 'if (this._debug) {';

/**
 * Its conditional clean-up lists why a node fails, for its debug log, and removes the node when
 * the list is not empty: the reasons become a bare mark (no message is built per node).
 */
const FAILED_CHECK = /errs\.push\(\s*`[^`]*`\s*\)/g;
const FAILED_CHECKS = 8;

/**
 * Its result's plain text (`textContent`, `length`): we make our own text after our stages, so
 * Readability's would be a walk over the whole article for nothing.
 */
const RESULT_TEXT = ['\n    var textContent = articleContent.textContent;\n', '\n      textContent,\n      length: textContent.length,\n'];

function fail(what) {
  throw new Error(`@mozilla/readability: ${what} not where expected; update build/readability-parts.mjs`);
}

/** Readability's source without the parts above. */
export function readabilityWithoutUnusedParts(code) {
  let reader = code;
  for (const [opening, replacement] of EMPTIED) {
    const start = reader.indexOf(`\n  ${opening}`);
    const end = reader.indexOf('\n  },\n', start);
    if (start < 0 || end < 0) fail(opening);
    reader = `${reader.slice(0, start)}\n  ${replacement}${reader.slice(end)}`;
  }
  for (const name of UNREAD_PATTERNS) {
    const pattern = new RegExp(`\\n    ${name}:\\s*\\/.*\\/[a-z]*,`).exec(reader);
    if (!pattern || reader.replace(pattern[0], '').includes(`.${name}`)) fail(`pattern ${name} (or it is now read)`);
    reader = reader.replace(pattern[0], '');
  }
  // No caller passes `debug`: the branches that set up and write its log go.
  if (!reader.includes(DEBUG_BRANCH)) fail('debug branches');
  if (reader.match(FAILED_CHECK)?.length !== FAILED_CHECKS) fail('the conditional clean-up\'s checks');
  reader = reader.replace(FAILED_CHECK, 'errs.push(0)');
  for (const part of RESULT_TEXT) {
    if (!reader.includes(part)) fail('the text of its result');
    reader = reader.replace(part, '\n');
  }
  return reader.replaceAll(DEBUG_BRANCH, 'if (false) {');
}
