/** Link rules: transition_graph targets exist and are not the record itself. */

import type { RecordFile } from '../load-records';
import type { Problem } from '../problem';
import { problemAt } from './problem-at';

const GRAPH_LISTS = ['leads_to', 'preceded_by', 'frequently_confused_with'] as const;

/**
 * Checks every id in transition_graph. A missing target is a warning, because
 * records are often written before the records they link to. A former id (an
 * alias) is a warning that names the current id. A link to the record itself is an
 * error. URL fields are checked by the schema.
 */
export function checkLinks(file: RecordFile, knownIds: ReadonlySet<string>, aliasTargets: ReadonlyMap<string, string>): Problem[] {
  const record = file.record;
  if (record === undefined) {
    return [];
  }
  const problems: Problem[] = [];
  for (const list of GRAPH_LISTS) {
    record.transition_graph[list].forEach((target, index) => {
      const path = ['transition_graph', list, index];
      if (target === record.id) {
        problems.push(problemAt(file, path, 'error', 'links', `Record links to itself ("${target}"); remove the entry`));
      } else if (!knownIds.has(target)) {
        const current = aliasTargets.get(target);
        const message =
          current === undefined
            ? `No record has the id "${target}"; add that record or fix the id`
            : `"${target}" is a former id of "${current}"; link to "${current}"`;
        problems.push(problemAt(file, path, 'warning', 'links', message));
      }
    });
  }
  return problems;
}
