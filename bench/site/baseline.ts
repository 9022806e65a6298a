/**
 * The bare Astro baseline: a minimal Astro project that renders the same
 * records with only signature, root cause and workarounds, in English and
 * Chinese, padded with list pages to the full site's page count. The benchmark
 * compares the full site's build against this one.
 */

import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Environment variables the baseline project reads at build time. */
export const BASELINE_ENV = {
  contentDir: 'BASELINE_CONTENT_DIR',
  listPages: 'BASELINE_LIST_PAGES',
} as const;

/** Records linked from each padding list page. */
const RECORDS_PER_LIST_PAGE = 50;

const FILES: Record<string, string> = {
  'package.json': `${JSON.stringify({ name: 'errdex-bench-baseline', private: true, type: 'module' }, null, 2)}\n`,

  'astro.config.mjs': `import { defineConfig } from 'astro/config';

export default defineConfig({ build: { format: 'directory' } });
`,

  'src/content.config.ts': `import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';

const text = z.string().nullable().optional();

const errors = defineCollection({
  loader: glob({
    base: process.env['${BASELINE_ENV.contentDir}'] ?? 'missing-content-dir',
    pattern: '**/*.json',
    generateId: ({ entry }) => entry.replace(/\\.json$/, ''),
  }),
  schema: z.object({
    signature: z.string(),
    signature_zh: text,
    root_cause: z.string(),
    root_cause_zh: text,
    workarounds: z.array(z.object({ action: z.string(), how: z.string() })),
    workarounds_zh: z.array(z.string()).nullable().optional(),
  }),
});

export const collections = { errors };
`,

  'src/layouts/Page.astro': `---
const { lang, title } = Astro.props;
---
<html lang={lang === 'zh' ? 'zh-CN' : 'en'}>
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width" />
    <title>{title}</title>
  </head>
  <body>
    <main><slot /></main>
  </body>
</html>
`,

  'src/components/Record.astro': `---
const { record, lang } = Astro.props;
const zh = lang === 'zh';
const workarounds = record.workarounds.map((item, index) => (zh ? record.workarounds_zh?.[index] : undefined) ?? item.how);
---
<article data-pagefind-body>
  <h1><code>{record.signature}</code></h1>
  {zh && record.signature_zh && <p>{record.signature_zh}</p>}
  <h2>{zh ? '根本原因' : 'Root cause'}</h2>
  <p>{(zh ? record.root_cause_zh : undefined) ?? record.root_cause}</p>
  <h2>{zh ? '解决办法' : 'Workarounds'}</h2>
  <ol>{workarounds.map((text) => <li>{text}</li>)}</ol>
</article>
`,

  'src/pages/errors/[...id].astro': recordRoute('en'),
  'src/pages/zh/errors/[...id].astro': recordRoute('zh'),

  'src/pages/list/[page].astro': `---
import { getCollection } from 'astro:content';
import Page from '../../layouts/Page.astro';

export async function getStaticPaths() {
  const entries = await getCollection('errors');
  const count = Number(process.env['${BASELINE_ENV.listPages}'] ?? '0');
  return Array.from({ length: count }, (_, page) => {
    const start = (page * ${RECORDS_PER_LIST_PAGE}) % Math.max(entries.length, 1);
    return { params: { page: String(page + 1) }, props: { entries: entries.slice(start, start + ${RECORDS_PER_LIST_PAGE}) } };
  });
}
const { entries } = Astro.props;
---
<Page lang="en" title={\`Records, page \${Astro.params.page}\`}>
  <ul>{entries.map((entry) => <li><a href={\`/errors/\${entry.id}/\`}>{entry.data.signature}</a></li>)}</ul>
</Page>
`,
};

function recordRoute(lang: 'en' | 'zh'): string {
  const up = lang === 'zh' ? '../../..' : '../..';
  return `---
import { getCollection } from 'astro:content';
import Page from '${up}/layouts/Page.astro';
import Record from '${up}/components/Record.astro';

export async function getStaticPaths() {
  const entries = await getCollection('errors');
  return entries.map((entry) => ({ params: { id: entry.id }, props: { record: entry.data } }));
}
const { record } = Astro.props;
---
<Page lang="${lang}" title={record.signature}>
  <Record record={record} lang="${lang}" />
</Page>
`;
}

/** Number of padding list pages that bring the baseline to `targetPages` pages for `recordCount` records. */
export function baselineListPages(targetPages: number, recordCount: number): number {
  return Math.max(0, targetPages - 2 * recordCount);
}

/** Writes the baseline project into `directory`, replacing an earlier one. */
export async function writeBaselineProject(directory: string): Promise<void> {
  await rm(path.join(directory, 'src'), { recursive: true, force: true });
  for (const [relative, content] of Object.entries(FILES)) {
    const file = path.join(directory, relative);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
  }
}
