/**
 * What some tests need from outside the checkout, said once: `npm test` prints the missing
 * ones before jest starts, and each test that cannot run is skipped with the reason in its
 * title (never a silent "skipped").
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export interface Requirement {
  /** What is needed, as the messages name it. */
  readonly what: string;
  /** What is skipped without it. */
  readonly skips: string;
  /** How to get it. */
  readonly how: string;
  readonly present: () => boolean;
}

const ROOT = path.join(__dirname, '..', '..');

/** The upstream charts' values files and schemas, in the reference folder beside the checkout. */
export const UPSTREAM_VALUES: Requirement = {
  what: '../shared/schemas/helm-values (the upstream charts\' values files and schemas)',
  skips: "the checks that each chart accepts lakeplane's values (airflow, logging, argocd; the other charts' value checks pass without it)",
  how: 'put the reference folder "shared" beside the checkout, as CI does',
  present: () => fs.existsSync(path.join(ROOT, '..', 'shared', 'schemas', 'helm-values')),
};

let python: boolean | undefined;
/** python3, for the DAGs' compile check and their helpers' unit tests. */
export const PYTHON3: Requirement = {
  what: 'python3',
  skips: 'the DAG compile checks and the DAG helpers\' unit tests (test/dags.test.ts)',
  how: 'install Python 3 (apt-get install python3)',
  present: () => (python ??= spawnSync('python3', ['--version'], { encoding: 'utf8' }).status === 0),
};

export const REQUIREMENTS: readonly Requirement[] = [UPSTREAM_VALUES, PYTHON3];

/** One line per missing requirement: what is skipped and how to get it. */
export function missingRequirements(requirements: readonly Requirement[] = REQUIREMENTS): string[] {
  return requirements.filter((r) => !r.present()).map((r) => `${r.what} not found: skipping ${r.skips}; ${r.how}`);
}

/** `test` when the requirement is met; otherwise the test is skipped with the reason in its title. */
export function testNeeding(requirement: Requirement): (title: string, fn: jest.ProvidesCallback) => void {
  return requirement.present() ? (title, fn) => test(title, fn) : (title, fn) => test.skip(`${title} [skipped: needs ${requirement.what}; ${requirement.how}]`, fn);
}

/** `describe` when the requirement is met; otherwise skipped with the reason in its name. */
export function describeNeeding(requirement: Requirement): (name: string, fn: () => void) => void {
  return requirement.present() ? (name, fn) => describe(name, fn) : (name, fn) => describe.skip(`${name} [skipped: needs ${requirement.what}; ${requirement.how}]`, fn);
}
