/**
 * npm test: the type check (tsc --noEmit) and jest, side by side. Both must pass; the type
 * check's output is printed after jest's. Arguments go to jest (npm test -- --json ...).
 */
// First: --help answers before anything heavy loads.
import './usage';
import { spawn } from 'child_process';
import { missingRequirements } from '../test/support/requirements';
import * as path from 'path';

const bin = (name: string): string => path.join(__dirname, '..', 'node_modules', '.bin', name);
/**
 * Node flags of jest and its workers, each measured over the whole suite on 2 cores: a larger
 * young generation (64 MB semi-spaces) spends less time collecting the many short-lived objects
 * synthesis makes (4% of the run's CPU), and no optimizing compiler (--no-opt): every test file
 * loads the project into a fresh module registry, so the optimized code V8 spends CPU on is
 * thrown away with the file (9% of the run's CPU).
 */
const JEST_NODE_FLAGS = ['--max-semi-space-size=64', '--no-opt'];
/** The type check, incremental: a run after a small change re-checks only what it affects (.cache/ is git-ignored; a fresh checkout checks everything). */
const TSC_ARGS = ['--noEmit', '--incremental', '--tsBuildInfoFile', path.join(__dirname, '..', '.cache', 'tsc', 'tsbuildinfo')];

function run(command: string, args: readonly string[], capture: boolean): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

async function main(): Promise<void> {
  // What some tests need from outside the checkout and is missing here: said before they run.
  for (const line of missingRequirements()) {
    process.stdout.write(`note: ${line}\n`);
  }
  // jest's workers start with these node flags (see JEST_NODE_FLAGS).
  const jest = [...JEST_NODE_FLAGS, require.resolve('jest/bin/jest'), ...process.argv.slice(2)];
  const [types, tests] = await Promise.all([run(bin('tsc'), TSC_ARGS, true), run(process.execPath, jest, false)]);
  if (types.code !== 0) {
    process.stderr.write(`\ntsc --noEmit failed:\n${types.output}`);
  } else {
    process.stdout.write('tsc --noEmit: no type errors\n');
  }
  process.exit(types.code !== 0 ? types.code : tests.code);
}

void main();
