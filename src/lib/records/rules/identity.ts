/** Identity rules: the id matches the file path, and ids and aliases are unique. */

import { KEBAB_SEGMENT } from '../../../schema/common';
import type { RecordFile } from '../load-records';
import type { Problem } from '../problem';
import type { FieldPath } from '../positions';
import { problemAt } from './problem-at';

/** An alias of this form is a former id and gets a redirect page. */
const ID_FORM = /^[^/]+\/[^/]+$/;

/** Checks one record's id and domain against its path, and its path segments' spelling. */
export function checkIdentity(file: RecordFile): Problem[] {
  const problems: Problem[] = [];
  const [domain = '', slug = ''] = file.pathId.split('/');

  let pathIsValid = true;
  for (const [segment, name] of [
    [domain, 'Folder name'],
    [slug, 'File name'],
  ] as const) {
    if (!KEBAB_SEGMENT.test(segment)) {
      pathIsValid = false;
      const message = `${name} "${segment}" must be lower-case kebab case (letters, digits, single hyphens); rename it`;
      problems.push(problemAt(file, [], 'error', 'identity', message, { line: 1, column: 1 }));
    }
  }

  const record = file.record;
  if (record === undefined) {
    return problems;
  }
  // A path that is not a valid id is reported above, and suggesting it as the id would mislead.
  if (record.id !== file.pathId && pathIsValid) {
    problems.push(
      identityProblem(file, ['id'], `id "${record.id}" does not match the file path; expected "${file.pathId}"`),
    );
  }
  if (record.domain !== domain) {
    problems.push(
      identityProblem(file, ['domain'], `domain "${record.domain}" does not match the folder; expected "${domain}"`),
    );
  }
  return problems;
}

/**
 * Checks across records that no two share an id or an alias, that no alias of the
 * form <domain>/<slug> equals a real id, and that no record lists an alias twice.
 */
export function checkUniqueNames(files: readonly RecordFile[]): Problem[] {
  const problems: Problem[] = [];
  const idOwners = new Map<string, RecordFile>();
  const aliasOwners = new Map<string, RecordFile>();

  for (const file of files) {
    const id = file.record?.id;
    if (id === undefined) {
      continue;
    }
    const owner = idOwners.get(id);
    if (owner === undefined) {
      idOwners.set(id, file);
    } else {
      problems.push(identityProblem(file, ['id'], `id "${id}" is already used by ${owner.file}; ids must be unique`));
    }
  }

  for (const file of files) {
    file.record?.aliases.forEach((alias, index) => {
      const path = ['aliases', index];
      const owner = aliasOwners.get(alias);
      const idOwner = ID_FORM.test(alias) ? idOwners.get(alias) : undefined;
      if (owner === file) {
        problems.push(identityProblem(file, path, `Alias "${alias}" is listed twice; remove one`));
      } else if (owner !== undefined) {
        problems.push(
          identityProblem(file, path, `Alias "${alias}" is also an alias of ${owner.file}; an alias must name one record`),
        );
      } else if (idOwner === file) {
        problems.push(identityProblem(file, path, `Alias "${alias}" is this record's own id; remove it`));
      } else if (idOwner !== undefined) {
        problems.push(
          identityProblem(
            file,
            path,
            `Alias "${alias}" is the id of ${idOwner.file}; a former id cannot redirect while a record still has it`,
          ),
        );
      }
      if (owner === undefined) {
        aliasOwners.set(alias, file);
      }
    });
  }
  return problems;
}

function identityProblem(file: RecordFile, path: FieldPath, message: string): Problem {
  return problemAt(file, path, 'error', 'identity', message);
}
