/**
 * Links into the runbooks of this repository (docs/runbooks/), as the browser shows them in
 * the Git server that ArgoCD reads from: alerts carry them as `runbook_url`.
 */
import type { GitOpsConfig } from '../../config/schema';

/** Folder of the runbooks inside the repository. */
export const RUNBOOK_DIR = 'docs/runbooks';

/** The web address of the repository: https as is, ssh and scp-like forms rewritten, without ".git". */
export function repositoryWebUrl(repoURL: string): string {
  let url = repoURL;
  const scpLike = /^git@([^:]+):(.+)$/.exec(url);
  if (scpLike) {
    url = `https://${scpLike[1]}/${scpLike[2]}`;
  } else if (url.startsWith('ssh://')) {
    url = `https://${url.slice('ssh://'.length).replace(/^[^@/]+@/, '').replace(/:[0-9]+\//, '/')}`;
  }
  return url.replace(/\.git$/, '').replace(/\/$/, '');
}

/** https://<repo>/blob/<revision>/docs/runbooks/<file>#<anchor> for 'file.md#anchor'. */
export function runbookUrl(gitops: GitOpsConfig, runbook: string): string {
  return `${repositoryWebUrl(gitops.repoURL)}/blob/${gitops.targetRevision}/${RUNBOOK_DIR}/${runbook}`;
}

/**
 * The anchor a Markdown heading gets on GitHub, Gitea and GitLab: lower case, punctuation
 * other than "-" and "_" removed, spaces turned into "-".
 */
export function headingAnchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}
