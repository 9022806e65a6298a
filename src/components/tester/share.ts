/**
 * Share links: the text travels in the URL fragment (`#q=...`), which
 * browsers keep out of requests and `Referer` headers.
 */

/** Fragment parameter that carries the text. */
const PREFIX = '#q=';

/** Longest encoded text put in a link, in bytes: longer links break in chat tools and mail clients. */
export const MAX_SHARED_TEXT_BYTES = 8 * 1024;

export type ShareLink = { ok: true; url: string } | { ok: false; encodedBytes: number };

/** Builds the share link for `text` on the page at `pageUrl`, or reports that the text is too long. */
export function buildShareLink(pageUrl: string, text: string): ShareLink {
  const encoded = encodeURIComponent(text);
  if (encoded.length > MAX_SHARED_TEXT_BYTES) {
    return { ok: false, encodedBytes: encoded.length };
  }
  const url = new URL(pageUrl);
  url.hash = '';
  return { ok: true, url: `${url.href}${PREFIX}${encoded}` };
}

/** Returns the text of a `#q=` fragment, or undefined when there is none or it is not valid percent-encoding. */
export function readSharedText(hash: string): string | undefined {
  if (!hash.startsWith(PREFIX)) {
    return undefined;
  }
  try {
    return decodeURIComponent(hash.slice(PREFIX.length));
  } catch {
    return undefined;
  }
}
