/**
 * The DAGs in dags/: every file compiles (python3 -m py_compile) and the pure helpers pass
 * their unit tests (python3 -m unittest). Skipped, saying so, where python3 is absent.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { AIRFLOW_DAG_FILES } from '../charts/airflow/dags';
import { PYTHON3, describeNeeding } from './support/requirements';

const ROOT = path.join(__dirname, '..');
const describePython = describeNeeding(PYTHON3);

function pythonFiles(dir: string): string[] {
  return fs
    .readdirSync(path.join(ROOT, dir), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? (e.name === '__pycache__' ? [] : pythonFiles(path.join(dir, e.name))) : e.name.endsWith('.py') ? [path.join(dir, e.name)] : []));
}

describePython('DAGs', () => {
  const files = [...pythonFiles('dags'), 'charts/airflow/files/trino_loadtest.py'];

  test('the three DAGs are in dags/', () => {
    for (const file of AIRFLOW_DAG_FILES) {
      expect(fs.existsSync(path.join(ROOT, file))).toBe(true);
      expect(fs.readFileSync(path.join(ROOT, file), 'utf8')).toMatch(/^@dag\(/m);
    }
  });

  test('every DAG, helper and script compiles', () => {
    expect(files.length).toBeGreaterThanOrEqual(7);
    // One interpreter for all files; compiled into a scratch cache so the tree stays clean.
    const run = spawnSync('python3', ['-m', 'py_compile', ...files.map((f) => path.join(ROOT, f))], {
      encoding: 'utf8',
      env: { ...process.env, PYTHONPYCACHEPREFIX: fs.mkdtempSync(path.join(os.tmpdir(), 'pyc-')) },
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  test('a broken DAG would be caught', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dag-'));
    const bad = path.join(dir, 'bad.py');
    fs.writeFileSync(bad, 'def broken(:\n');
    const run = spawnSync('python3', ['-m', 'py_compile', bad], { encoding: 'utf8', env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' } });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('SyntaxError');
  });

  test('the helpers pass their unit tests', () => {
    const run = spawnSync('python3', ['-m', 'unittest', 'discover', '-s', path.join(ROOT, 'test', 'dags'), '-p', 'test_*.py'], {
      encoding: 'utf8',
      env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' },
    });
    expect(run.stderr).toMatch(/OK\s*$/);
    expect(run.status).toBe(0);
  });

  test('csv_to_bronze creates the declared datasets\' tables before it loads anything', () => {
    const dag = fs.readFileSync(path.join(ROOT, 'dags', 'csv_to_bronze.py'), 'utf8');
    expect(dag).toMatch(/declared_tables\(\) >> files\n\s+load\.expand\(key=files\)/);
    expect(dag).toMatch(/create_table_sql\(table, dataset_columns\(dataset\)\)/);
  });

  test('no DAG holds an address or a credential: connections come from the environment', () => {
    for (const file of AIRFLOW_DAG_FILES) {
      const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
      expect(text).not.toMatch(/https?:\/\/[a-z0-9.-]+\.(svc|com|local)/i);
      expect(text).not.toMatch(/(password|secret_key|access_key)\s*=\s*["']/i);
    }
  });
});
