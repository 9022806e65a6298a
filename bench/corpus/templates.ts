/** Reading the real corpus as templates for synthetic records. */

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import { errorRecord, type ErrorRecord } from '../../src/schema/record';
import { prepareRegexTemplate, regexVariant, textVariant, type RegexTemplate } from './regex-variant';

/** A real record that synthetic records are modelled on. */
export interface RecordTemplate {
  record: ErrorRecord;
  regex: RegexTemplate;
}

/** A real record that cannot serve as a template, with the reason. */
export interface RejectedTemplate {
  file: string;
  reason: string;
}

export interface LoadedTemplates {
  /** Usable templates, sorted by id. */
  templates: RecordTemplate[];
  rejected: RejectedTemplate[];
}

/** Tokens used to check that two variants of one template cannot match each other. */
const PROBE_TOKENS = ['bade01', 'kivo72'] as const;

/** Reads every `<domain>/<slug>.json` under `directory` and keeps the records usable as templates. */
export async function loadTemplates(directory: string): Promise<LoadedTemplates> {
  const templates: RecordTemplate[] = [];
  const rejected: RejectedTemplate[] = [];

  for (const file of await listRecordFiles(directory)) {
    const displayed = path.relative(process.cwd(), file);
    let value: unknown;
    try {
      value = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      rejected.push({ file: displayed, reason: `invalid JSON: ${(error as Error).message}` });
      continue;
    }
    const parsed = errorRecord.safeParse(value);
    if (!parsed.success) {
      rejected.push({ file: displayed, reason: `fails the record schema: ${parsed.error.issues[0]?.message ?? 'unknown issue'}` });
      continue;
    }
    const result = checkTemplate(parsed.data);
    if ('rejected' in result) {
      rejected.push({ file: displayed, reason: result.rejected });
    } else {
      templates.push(result);
    }
  }

  // Code-unit order, not locale order, so the output does not depend on the ICU version.
  templates.sort((a, b) => compareStrings(a.record.id, b.record.id));
  return { templates, rejected };
}

/**
 * Prepares the template's regex and checks that its variants behave: the variant
 * regex matches the variant signature, and not the signature of another variant.
 */
export function checkTemplate(record: ErrorRecord): RecordTemplate | { rejected: string } {
  const regex = prepareRegexTemplate(record.regex);
  if ('rejected' in regex) {
    return regex;
  }
  const [ownToken, otherToken] = PROBE_TOKENS;
  const ownRegex = new RegExp(regexVariant(regex, ownToken), regex.flags);
  const ownSignature = textVariant(regex, record.signature, ownToken);
  const otherSignature = textVariant(regex, record.signature, otherToken);
  if (ownSignature === undefined || otherSignature === undefined) {
    return { rejected: 'regex does not match its own signature' };
  }
  if (!ownRegex.test(ownSignature)) {
    return { rejected: 'the variant regex does not match the variant signature' };
  }
  if (ownRegex.test(otherSignature)) {
    return { rejected: "the variant regex also matches another variant's signature" };
  }
  return { record, regex };
}

function compareStrings(a: string, b: string): number {
  if (a < b) {
    return -1;
  }
  return a > b ? 1 : 0;
}

async function listRecordFiles(directory: string): Promise<string[]> {
  const files: string[] = [];
  for (const domain of await readdir(directory, { withFileTypes: true })) {
    if (!domain.isDirectory()) {
      continue;
    }
    for (const entry of await readdir(path.join(directory, domain.name), { withFileTypes: true })) {
      if (entry.isFile() && entry.name.endsWith('.json')) {
        files.push(path.join(directory, domain.name, entry.name));
      }
    }
  }
  return files.sort();
}
