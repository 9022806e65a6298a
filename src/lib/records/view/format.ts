import { HTML_LANG, type Lang } from '../../i18n/languages';

/** Formats a fraction from 0 to 1 as a whole percentage in the page's language: 0.8 becomes "80%". */
export function formatPercent(fraction: number, lang: Lang): string {
  return new Intl.NumberFormat(HTML_LANG[lang], { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}

/**
 * Formats an ISO `YYYY-MM-DD` date for reading: "Jun 1, 2024" or "2024年6月1日".
 * The date is read and printed in UTC so the day never shifts with the build
 * machine's time zone.
 */
export function formatDate(isoDate: string, lang: Lang): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return new Intl.DateTimeFormat(HTML_LANG[lang], { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** Short link text for a source URL: its host name without a leading `www.`. */
export function sourceLabel(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}
