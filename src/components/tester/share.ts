/**
 * Share links: the text travels in the URL fragment (`#q=...`), which
 * browsers keep out of requests and `Referer` headers.
 */

/** Fragment parameter that carries the text. */
const PREFIX = '#q=';

/** Longest encoded text put in a link, in bytes: longer links break in chat tools and mail clients. */
export const MAX_SHARED_TEXT_BYTES = 8 * 1024;

/** A share link, or the size of the text (UTF-8 bytes) when its encoding would exceed the limit. */
export type ShareLink = { ok: true; url: string } | { ok: false; textBytes: number };

/** Fragment content: no shared text, the decoded text, or a `#q=` that is not valid percent-encoding. */
export type SharedText = { kind: 'none' } | { kind: 'text'; text: string } | { kind: 'invalid' };

/** Builds the share link for `text` on the page at `pageUrl`, or reports that the text is too long. */
export function buildShareLink(pageUrl: string, text: string): ShareLink {
  // Every UTF-16 code unit encodes to at least one character, so a longer text cannot fit,
  // and skipping encodeURIComponent() spares a string up to three times the size of a large log.
  // A lone surrogate (half of an emoji cut by a copy) makes encodeURIComponent() throw, so it
  // becomes U+FFFD first, as TextEncoder would make it.
  const encoded = text.length > MAX_SHARED_TEXT_BYTES ? undefined : encodeURIComponent(text.toWellFormed());
  if (encoded === undefined || encoded.length > MAX_SHARED_TEXT_BYTES) {
    return { ok: false, textBytes: new TextEncoder().encode(text).byteLength };
  }
  const url = new URL(pageUrl);
  url.hash = '';
  return { ok: true, url: `${url.href}${PREFIX}${encoded}` };
}

/** Reads the text of a `#q=` fragment. */
export function readSharedText(hash: string): SharedText {
  if (!hash.startsWith(PREFIX)) {
    return { kind: 'none' };
  }
  try {
    return { kind: 'text', text: decodeURIComponent(hash.slice(PREFIX.length)) };
  } catch {
    return { kind: 'invalid' };
  }
}
