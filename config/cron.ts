/**
 * Cron schedules, parsed (cron-parser) rather than counted, in the dialect of the place that
 * runs them: each schedule field names its dialect, and a bad value is told which one it
 * broke, in which field, and an example of a good one.
 */
import { CronExpressionParser } from 'cron-parser';
import { z } from 'zod';

const FIVE = ['minute', 'hour', 'day of month', 'month', 'day of week'] as const;
const SIX = ['second', ...FIVE] as const;

interface Dialect {
  /** The schedule, as the message names it. */
  readonly name: string;
  /** What runs it. */
  readonly runner: string;
  readonly fields: readonly string[];
  readonly example: string;
  /**
   * Parsed by robfig/cron (Velero, Kubernetes, CloudNativePG): no L, W or # and day of week
   * 0-6; cron-parser accepts those Quartz extensions, so they are refused here.
   */
  readonly robfig: boolean;
}

export const CRON_DIALECTS = {
  /** Velero Schedule.spec.schedule: robfig/cron's standard parser, 5 fields. */
  velero: { name: 'a Velero schedule', runner: 'Velero', fields: FIVE, example: '0 2 * * *', robfig: true },
  /** Kubernetes CronJob.spec.schedule: robfig/cron's standard parser, 5 fields. */
  cronjob: { name: 'a Kubernetes CronJob schedule', runner: 'Kubernetes', fields: FIVE, example: '0 5 * * *', robfig: true },
  /** An Airflow DAG's schedule (croniter): 5 fields. */
  airflow: { name: 'an Airflow schedule', runner: 'Airflow', fields: FIVE, example: '0 3 * * *', robfig: false },
  /** ScheduledSparkApplication.spec.schedule: the Spark operator parses it with robfig/cron's standard parser, 5 fields. */
  spark: { name: 'a ScheduledSparkApplication schedule', runner: 'the Spark operator', fields: FIVE, example: '0 3 * * *', robfig: true },
  /** CloudNativePG ScheduledBackup.spec.schedule: robfig/cron with seconds first, 6 fields. */
  cnpg: { name: 'a CloudNativePG ScheduledBackup schedule', runner: 'CloudNativePG', fields: SIX, example: '0 0 2 * * 0', robfig: true },
} as const satisfies Record<string, Dialect>;

export type CronDialect = keyof typeof CRON_DIALECTS;

/** What a dialect expects, for messages: `a Velero schedule: 5 fields (minute hour ...), such as "0 2 * * *"`. */
export function cronExpectation(dialect: CronDialect): string {
  const d: Dialect = CRON_DIALECTS[dialect];
  return `${d.name}: ${d.fields.length} fields (${d.fields.join(', ')}), such as "${d.example}"`;
}

/** Month and weekday names, which may contain the letters L and W. */
const NAMES = /\b(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|SUN|MON|TUE|WED|THU|FRI|SAT)\b/gi;

/** parse() by expression: the parser is slow to build its date library state, and every synth asks about the same few schedules. */
const parsed = new Map<string, string | undefined>();

function parse(expression: string): string | undefined {
  if (parsed.has(expression)) {
    return parsed.get(expression);
  }
  let problem: string | undefined;
  try {
    CronExpressionParser.parse(expression);
  } catch (err) {
    problem = (err as Error).message;
  }
  parsed.set(expression, problem);
  return problem;
}

/** The parser's words for one field, said as that field's problem. */
function fieldProblem(field: string, value: string, message: string): string {
  const range = /got value (\S+) expected range (\S+)/.exec(message);
  if (range) return `${field}: got ${range[1]}, expected ${range[2]}`;
  if (/Invalid characters/.test(message)) return `${field}: "${value}" is not a cron value`;
  return `${field}: "${value}": ${message}`;
}

/** Why an expression is not a schedule of the dialect, or undefined when it is one. */
export function cronProblem(expression: string, dialect: CronDialect): string | undefined {
  const d: Dialect = CRON_DIALECTS[dialect];
  const fields = expression.trim().split(/\s+/).filter((f) => f !== '');
  if (fields.length !== d.fields.length) {
    return `it has ${fields.length} field${fields.length === 1 ? '' : 's'}`;
  }
  const seconds = d.fields.length === 6;
  for (const [i, value] of fields.entries()) {
    const field = d.fields[i];
    if (d.robfig && /[LW#]/i.test(value.replace(NAMES, ''))) {
      return `${field}: "${value}": L, W and # are Quartz extensions that ${d.runner} does not accept`;
    }
    const pastSaturday = value.split(/[,\-/]/).find((v) => /^\d+$/.test(v) && Number(v) > 6);
    if (d.robfig && field === 'day of week' && pastSaturday !== undefined && !value.includes('/')) {
      return `${field}: got ${pastSaturday}, expected 0-6 (Sunday is 0)`;
    }
    // The field alone, every other field "*": the parser's complaint is then this field's.
    const alone = d.fields.map((_, j) => (j === i ? value : '*'));
    const problem = parse((seconds ? alone : ['0', ...alone]).join(' '));
    if (problem) return fieldProblem(field, value, problem);
  }
  const whole = parse(seconds ? fields.join(' ') : ['0', ...fields].join(' '));
  return whole ? `it never runs (${whole.replace(/\.$/, '')})` : undefined;
}

/** A config field holding a cron schedule of one dialect. */
export function cronSchedule(dialect: CronDialect) {
  return z.string().superRefine((value, ctx) => {
    const problem = cronProblem(value, dialect);
    if (problem) {
      ctx.addIssue({ code: 'custom', message: `must be ${cronExpectation(dialect)}; ${problem}` });
    }
  });
}
