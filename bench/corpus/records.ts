/** Building synthetic records from templates. */

import type { ErrorRecord } from '../../src/schema/record';
import { createRandom, createTokenSource, shuffled, type Random } from './random';
import { regexVariant, textVariant, varyNumbers } from './regex-variant';
import type { RecordTemplate } from './templates';

export interface GenerateOptions {
  /** Number of records to generate. */
  count: number;
  /** Seed of the random generator; one seed always gives the same records. */
  seed: number;
}

/** Han characters, which every Simplified Chinese sentence contains. */
const HAN = /\p{Script=Han}/u;

/** An alias of this form is a former id and gets redirect pages. */
const ID_FORM = /^[^/\s]+\/[^/\s]+$/;

/**
 * Generates `count` records. Record `i` copies the template at position
 * `i mod T` of a seeded shuffle of the `T` templates, so domains keep the real
 * corpus's proportions. Each record gets a distinct token in its id, regex,
 * signature, examples and aliases. Its transition links point to generated
 * records made from the templates that the original links point to.
 */
export function generateRecords(templates: readonly RecordTemplate[], options: GenerateOptions): ErrorRecord[] {
  if (templates.length === 0) {
    throw new Error('No usable template records; the template folder must hold valid records');
  }
  const random = createRandom(options.seed);
  const order = shuffled(random, templates);
  const nextToken = createTokenSource(random);
  const tokens = Array.from({ length: options.count }, () => nextToken());

  const positionById = new Map(order.map((template, position) => [template.record.id, position]));
  const idAt = (index: number): string => {
    const template = order[index % order.length] as RecordTemplate;
    const [domain, slug] = splitId(template.record.id);
    return `${domain}/${slug}-${tokens[index]}`;
  };

  /** Maps a link to a real record onto a generated record, preferring the same variant round. */
  const linkTarget = (targetId: string, index: number): string | undefined => {
    const position = positionById.get(targetId);
    if (position === undefined) {
      return undefined;
    }
    const round = Math.floor(index / order.length);
    for (const candidate of [round * order.length + position, position]) {
      if (candidate < options.count && candidate !== index) {
        return idAt(candidate);
      }
    }
    return undefined;
  };

  return tokens.map((token, index) => {
    const template = order[index % order.length] as RecordTemplate;
    return buildRecord(template, {
      id: idAt(index),
      token,
      random,
      linkTarget: (targetId) => linkTarget(targetId, index),
    });
  });
}

interface RecordContext {
  id: string;
  token: string;
  random: Random;
  linkTarget: (targetId: string) => string | undefined;
}

function buildRecord(template: RecordTemplate, context: RecordContext): ErrorRecord {
  const source = template.record;
  const { regex } = template;
  const { token } = context;

  const variantText = (text: string): string | undefined =>
    textVariant(regex, varyNumbers(text, regex.regex, context.random), token);

  const signature = variantText(source.signature);
  if (signature === undefined) {
    // loadTemplates only keeps templates whose regex matches their signature.
    throw new Error(`Template ${source.id}: the regex does not match the signature`);
  }
  const examples = source.examples?.flatMap((example) => variantText(example) ?? []);
  const [domain] = splitId(context.id);

  const record: ErrorRecord = {
    ...source,
    id: context.id,
    signature,
    regex: regexVariant(regex, token),
    domain,
    transition_graph: {
      leads_to: mapLinks(source.transition_graph.leads_to, context),
      preceded_by: mapLinks(source.transition_graph.preceded_by, context),
      frequently_confused_with: mapLinks(source.transition_graph.frequently_confused_with, context),
    },
    aliases: source.aliases.map((alias) => variantAlias(alias, token)),
    signature_zh: hanOrNull(source.signature_zh),
    root_cause_zh: hanOrNull(source.root_cause_zh),
    workarounds_zh: translatedListOrNull(
      source.workarounds_zh,
      source.workarounds.map((item) => [item.action, item.how]),
    ),
    dead_ends_zh: translatedListOrNull(
      source.dead_ends_zh,
      source.dead_ends.map((item) => [item.action, item.why_fails]),
    ),
  };
  if (examples === undefined) {
    delete record.examples;
  } else {
    record.examples = examples;
  }
  return record;
}

function mapLinks(targets: readonly string[], context: RecordContext): string[] {
  const mapped = targets.flatMap((target) => context.linkTarget(target) ?? []);
  return [...new Set(mapped)];
}

/** Gives an alias the record's token, so aliases stay unique; a former id stays an id. */
function variantAlias(alias: string, token: string): string {
  if (ID_FORM.test(alias)) {
    const [domain, slug] = splitId(alias);
    return `${domain}/${slug}-${token}`;
  }
  return `${alias} ${token}`;
}

/**
 * Keeps a translation only if it contains Chinese. Some real records still
 * repeat the English there, which the validator warns about once per record.
 */
function hanOrNull(text: string | null | undefined): string | null | undefined {
  return typeof text === 'string' && !HAN.test(text) ? null : text;
}

/** Keeps a translated list only if every entry is Chinese and differs from its English texts. */
function translatedListOrNull(
  translated: readonly string[] | null | undefined,
  english: readonly (readonly string[])[],
): string[] | null | undefined {
  if (translated === null || translated === undefined) {
    return translated;
  }
  const usable =
    translated.length === english.length &&
    translated.every(
      (text, index) => HAN.test(text) && !(english[index] ?? []).some((source) => source.trim() === text.trim()),
    );
  return usable ? [...translated] : null;
}

function splitId(id: string): [string, string] {
  const [domain = '', slug = ''] = id.split('/');
  return [domain, slug];
}
