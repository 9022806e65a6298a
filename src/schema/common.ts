import { z } from 'astro/zod';

/** A probability or share, as a fraction from 0 to 1 (0.8 means 80 %). */
export const fraction = z.number().min(0).max(1);

const ISO_DATE_FORMAT = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date written as ISO 8601 `YYYY-MM-DD`, checked to be a real day. */
export const isoDate = z
  .string()
  .regex(ISO_DATE_FORMAT, 'Expected an ISO date YYYY-MM-DD, such as 2024-06-01')
  .refine((value) => {
    // A value in another format already failed the regex, and one message is enough.
    if (!ISO_DATE_FORMAT.test(value)) {
      return true;
    }
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'Not a real calendar date');

/**
 * Schema of an absolute `http:` or `https:` URL. Other schemes (`javascript:`,
 * `data:`, `file:`) are rejected because the URL is rendered as a link.
 */
export const webUrl = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}, 'Expected an absolute http(s) URL');

/** One path segment of a record id: lower-case letters, digits and single hyphens. */
export const KEBAB_SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A record id, `<domain>/<slug>`, both segments lower-case kebab case. */
export const recordId = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'Expected a lower-case kebab-case id of the form <domain>/<slug>',
  );
