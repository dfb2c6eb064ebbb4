/**
 * Runbooks: every alert's runbook_url points at a section that exists, and every link
 * between runbooks resolves.
 */
import * as fs from 'fs';
import * as path from 'path';
import { allAlerts } from '../constructs/alerts';
import { everyAlertGroup } from '../charts/registry';

const ALERT_GROUPS = everyAlertGroup();
import { RUNBOOK_DIR, headingAnchor, repositoryWebUrl, runbookUrl } from '../charts/monitoring/runbooks';
import { testConfig } from './util';

const DIR = path.join(__dirname, '..', RUNBOOK_DIR);
const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.md'));

/** Anchors of a Markdown file's headings (duplicates get -1, -2 like GitHub). */
function anchorsOf(file: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  let inCode = false;
  for (const line of fs.readFileSync(path.join(DIR, file), 'utf8').split('\n')) {
    if (line.startsWith('```')) inCode = !inCode;
    const m = !inCode && /^#{1,6}\s+(.*)$/.exec(line);
    if (!m) continue;
    const base = headingAnchor(m[1]);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  return anchors;
}

function resolves(ref: string, from = ''): boolean {
  const [file, anchor] = ref.split('#');
  if (file.startsWith('../')) {
    // A document elsewhere in the repository: it must exist.
    return fs.existsSync(path.join(DIR, file)) && anchor === undefined;
  }
  const target = file === '' ? from : file;
  if (!files.includes(target)) return false;
  return anchor === undefined || anchorsOf(target).has(anchor);
}

describe('runbooks', () => {
  test('the runbooks the platform needs exist', () => {
    expect(files.sort()).toEqual([
      'README.md',
      'disaster-recovery.md',
      'incident-response.md',
      'openmetadata.md',
      'postgres-point-in-time-restore.md',
      'ranger.md',
      'restore-drill.md',
      'scale-trino.md',
      'security-patching.md',
    ]);
  });

  test.each(allAlerts(ALERT_GROUPS).map((a) => [a.alert, a.runbook]))('%s links to an existing section (%s)', (_alert, runbook) => {
    expect(runbook).toMatch(/^[a-z-]+\.md#[a-z0-9-]+$/);
    expect(resolves(runbook)).toBe(true);
  });

  test('a reference to a missing anchor is caught', () => {
    expect(resolves('incident-response.md#no-such-section')).toBe(false);
    expect(resolves('missing.md#pod-restarting')).toBe(false);
  });

  test('every link between runbooks resolves', () => {
    const broken: string[] = [];
    for (const file of files) {
      const text = fs.readFileSync(path.join(DIR, file), 'utf8');
      for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        const ref = m[1];
        if (/^[a-z]+:\/\//.test(ref)) continue;
        if (!resolves(ref, file)) broken.push(`${file}: ${ref}`);
      }
    }
    expect(broken).toEqual([]);
  });

  test('anchors follow the Git servers\' rule', () => {
    expect(headingAnchor('Restore to a point in time')).toBe('restore-to-a-point-in-time');
    expect(headingAnchor('Restore drill checklist (monthly)')).toBe('restore-drill-checklist-monthly');
    expect(headingAnchor("ArgoCD application out of sync")).toBe('argocd-application-out-of-sync');
  });

  test('runbook URLs point into the GitOps repository at the tracked revision', () => {
    const gitops = testConfig('prod').gitops;
    expect(runbookUrl(gitops, 'scale-trino.md#add-workers')).toBe(
      'https://git.example.com/platform/lakeplane-gitops/blob/main/docs/runbooks/scale-trino.md#add-workers',
    );
    expect(repositoryWebUrl('git@git.example.com:platform/lakeplane.git')).toBe('https://git.example.com/platform/lakeplane');
    expect(repositoryWebUrl('ssh://git@git.example.com:2222/platform/lakeplane.git')).toBe('https://git.example.com/platform/lakeplane');
  });

  test('every alert group has rules with a summary, a severity and a description', () => {
    for (const group of ALERT_GROUPS) {
      expect(group.rules.length).toBeGreaterThan(0);
      for (const rule of group.rules) {
        expect(rule.summary.length).toBeGreaterThan(10);
        expect(['critical', 'warning']).toContain(rule.severity);
        expect(rule.description.length).toBeGreaterThan(10);
      }
    }
  });
});
