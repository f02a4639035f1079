// Liquid, set up for templates that organizations edit themselves: no file system (an
// include finds nothing), no prototype properties, limits on size, time and memory,
// unknown filters refused when parsing. HTML parts escape every printed value unless it
// is one of Duly's ready-made HTML blocks, so customer data (a name, an invoice number)
// can never inject markup. Empty text and zero count as false in conditions, so
// `{% if addressee.name %}` does what it reads; a tag alone on its line leaves no line.
import { Liquid, LiquidError, type Template } from 'liquidjs';
import { nextBusinessDay } from '../../domain/calendar';
import { addDays, type IsoDate } from '../../domain/dates';
import { formatMessageDate, pluralForm } from '../../domain/messages/formatting';
import { escapeHtml, TrustedHtml } from '../../domain/messages/message-blocks';
import type { MessageLanguage } from '../../domain/messages/message-types';
import type { MessagePart } from '../../domain/messages/message-variables';

/** What the filters need to know about the message, passed beside (not among) the variables. */
export type FilterFacts = { language: MessageLanguage; today: IsoDate; country: string };

// A symbol key keeps these facts out of the templates' reach.
const filterFacts = Symbol('filterFacts');

// A template is a page of text; these bound what a hostile one can cost.
const limits = {
  /** Characters parsed per template. */
  parseLimit: 200_000,
  /** Milliseconds per render. */
  renderLimit: 1_000,
  /** Objects (array items, string pieces) created per render. */
  memoryLimit: 20_000_000,
};

// What Liquid prints for a value: nothing for nil, arrays run together, else its text.
function printable(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(printable).join('');
  return String(value);
}

function createEngine(part: MessagePart): Liquid {
  const engine = new Liquid({
    templates: {},
    strictFilters: true,
    ownPropertyOnly: true,
    jsTruthy: true,
    // Whitespace control trims up to the line break, never across empty lines.
    greedy: false,
    // The strict check before saving still lets `{% if x %}` and `| default` test a variable.
    lenientIf: true,
    ...limits,
    ...(part === 'html'
      ? {
          outputEscape: (value: unknown) => (value instanceof TrustedHtml ? value.html : escapeHtml(printable(value))),
        }
      : {}),
  });
  registerFilters(engine);
  return engine;
}

function factsOf(context: { globals: object }): FilterFacts {
  return (context.globals as Record<symbol, FilterFacts>)[filterFacts]!;
}

function registerFilters(engine: Liquid): void {
  // `{{ 7 | days_from_today }}`: a deadline that many days away, moved to the
  // customer's next business day, formatted for the message language.
  engine.registerFilter('days_from_today', function (days: unknown) {
    const facts = factsOf(this.context);
    const count = Math.trunc(Number(days));
    if (!Number.isFinite(count)) return '';
    return formatMessageDate(nextBusinessDay(addDays(facts.today, count), facts.country), facts.language);
  });
  // `{{ n | plural: "faktura", "faktury", "faktur" }}`: the word form for the count, in
  // CLDR order one, few, many (two forms for English and German).
  engine.registerFilter('plural', function (count: unknown, ...forms: unknown[]) {
    return pluralForm(factsOf(this.context).language, Number(count), forms.map(String));
  });
}

const engines: Record<MessagePart, Liquid> = { html: createEngine('html'), text: createEngine('text') };

/** The engine for a part of a message. */
export function engineFor(part: MessagePart): Liquid {
  return engines[part];
}

// A tag alone on its line ({% if … %}, {% endfor %}) should leave no line behind, as
// writers of plain text expect; tags within a line keep the spaces around them. Only
// characters within a line change, so error line numbers stay true.
const tagAloneOnLine = /^[ \t]*\{%-?((?:(?!%\}).)*?)-?%\}[ \t]*$/gm;

function trimTagLines(source: string): string {
  return source.replace(tagAloneOnLine, (_line, body: string) => `{%-${body}-%}`);
}

// Parsing costs more than rendering, and the same few templates render all day: keep
// the parsed form of recent sources (a parsed template is never changed by rendering).
const parsedCacheSize = 500;
const parsedCache = new Map<string, Template[]>();

/** Parses a template source; throws Liquid's error (with line and column) when it is malformed. */
export function parseTemplate(source: string, part: MessagePart): Template[] {
  const key = `${part}\u0000${source}`;
  const cached = parsedCache.get(key);
  if (cached) return cached;
  const parsed = engines[part].parse(trimTagLines(source));
  if (parsedCache.size >= parsedCacheSize) parsedCache.delete(parsedCache.keys().next().value!);
  parsedCache.set(key, parsed);
  return parsed;
}

/**
 * Renders parsed templates with the variables. `strict` makes an unknown variable an
 * error: used when checking a template against sample data before it is saved.
 */
export async function renderTemplate(
  templates: Template[],
  part: MessagePart,
  variables: object,
  facts: FilterFacts,
  options: { strict?: boolean } = {},
): Promise<string> {
  const rendered: unknown = await engines[part].render(templates, variables, {
    globals: { [filterFacts]: facts },
    strictVariables: options.strict ?? false,
  });
  return String(rendered);
}

/** True for an error of the template (syntax, unknown name, limits), not a bug of ours. */
export function isTemplateError(error: unknown): error is LiquidError {
  return error instanceof LiquidError;
}

/** Where a Liquid error points, and its message without the position suffix. */
export function describeLiquidError(error: unknown): { line?: number; column?: number; message: string } {
  if (!(error instanceof Error)) return { message: String(error) };
  const token = (error as { token?: { getPosition?: () => [number, number] } }).token;
  const position = typeof token?.getPosition === 'function' ? token.getPosition() : undefined;
  const message = error.message.replace(/, line:\d+, col:\d+$/, '').split('\n')[0] ?? error.message;
  return position ? { line: position[0], column: position[1], message } : { message };
}
