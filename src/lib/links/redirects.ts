import { recordId, type ErrorRecord } from '../../schema';

/** A former record id that now redirects to the record's current id. */
export interface AliasRedirect {
  /** The former id, `<domain>/<slug>`. */
  from: string;
  /** The id of the record the alias belongs to. */
  to: string;
}

/**
 * Tests whether an alias is a former id (`<domain>/<slug>` in lower-case kebab case)
 * and so gets redirect pages. Plain-word aliases such as "port already in use"
 * are search keywords only.
 */
export function isFormerId(alias: string): boolean {
  return recordId.safeParse(alias).success;
}

/**
 * Lists the redirects for every id-shaped alias, sorted by the former id.
 *
 * Throws one error that names every conflict: an alias that is also a current
 * record id, or an alias claimed by two records. The record validator rejects
 * both too; this check keeps the build from publishing an ambiguous URL if it
 * ever runs without the validator.
 */
export function collectRedirects(records: readonly Pick<ErrorRecord, 'id' | 'aliases'>[]): AliasRedirect[] {
  const currentIds = new Set(records.map((record) => record.id));
  const targetByAlias = new Map<string, string>();
  const problems: string[] = [];

  for (const record of records) {
    for (const alias of new Set(record.aliases)) {
      if (!isFormerId(alias)) continue;

      if (currentIds.has(alias)) {
        problems.push(`${record.id}: alias "${alias}" is the id of an existing record; remove the alias.`);
        continue;
      }

      const claimedBy = targetByAlias.get(alias);
      if (claimedBy !== undefined) {
        problems.push(
          `${record.id}: alias "${alias}" is also an alias of ${claimedBy}; keep it on one record only.`,
        );
        continue;
      }

      targetByAlias.set(alias, record.id);
    }
  }

  if (problems.length > 0) {
    throw new Error(`Invalid record aliases:\n${problems.join('\n')}`);
  }

  return [...targetByAlias]
    .map(([from, to]) => ({ from, to }))
    .sort((left, right) => compareByCodeUnit(left.from, right.from));
}

/** Orders strings by UTF-16 code unit, so the order does not depend on the build machine's locale. */
export function compareByCodeUnit(left: string, right: string): number {
  if (left < right) return -1;
  return left > right ? 1 : 0;
}
