import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';

import { HTML_LANG, translate, type Lang } from '../i18n';
import { homePath, recordPath } from '../site/paths';
import type { ErrorRecord } from '../../schema';
import { compareByCodeUnit } from './redirects';
import { absoluteUrl, feedPath, type SiteLocation } from './urls';

/** Maximum number of records in one feed. */
export const FEED_SIZE = 50;

const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';

/** Picks the most recently updated records, newest first; records updated the same day are sorted by id. */
export function selectFeedRecords(records: readonly ErrorRecord[], limit = FEED_SIZE): ErrorRecord[] {
  return [...records]
    .sort((left, right) => compareByCodeUnit(right.last_updated, left.last_updated) || compareByCodeUnit(left.id, right.id))
    .slice(0, limit);
}

/**
 * Builds one feed item. The guid includes `last_updated` so that feed readers
 * show an updated record as a new item; the link stays the record's permanent URL.
 */
export function feedItem(record: ErrorRecord, lang: Lang, location: SiteLocation): RSSFeedItem {
  const link = absoluteUrl(location, recordPath(record.id, lang));
  const title = lang === 'zh' ? (record.signature_zh ?? record.signature) : record.signature;
  const description = lang === 'zh' ? (record.root_cause_zh ?? record.root_cause) : record.root_cause;

  return {
    title,
    link,
    description,
    pubDate: new Date(`${record.last_updated}T00:00:00Z`),
    categories: [record.domain, record.category],
    customData: `<guid isPermaLink="false">${escapeXml(`${link}#${record.last_updated}`)}</guid>`,
  };
}

/** Builds the options for `@astrojs/rss` for one language's feed. */
export function feedOptions(records: readonly ErrorRecord[], lang: Lang, location: SiteLocation): RSSOptions {
  const selected = selectFeedRecords(records);
  const newest = selected[0]?.last_updated;
  const selfUrl = absoluteUrl(location, feedPath(lang));
  const channelData = [
    `<language>${HTML_LANG[lang]}</language>`,
    `<atom:link href="${escapeXml(selfUrl)}" rel="self" type="application/rss+xml"/>`,
    // The newest record date, not the build time, so an unchanged corpus gives a byte-identical feed.
    ...(newest === undefined ? [] : [`<lastBuildDate>${new Date(`${newest}T00:00:00Z`).toUTCString()}</lastBuildDate>`]),
  ];

  return {
    title: translate(lang, 'links.feed.title'),
    description: translate(lang, 'links.feed.description'),
    site: absoluteUrl(location, homePath(lang)),
    xmlns: { atom: ATOM_NAMESPACE },
    customData: channelData.join(''),
    items: selected.map((record) => feedItem(record, lang, location)),
  };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
