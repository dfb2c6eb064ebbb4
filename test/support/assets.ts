/**
 * Where the tests find the real tools they run against: kube-apiserver, etcd and kubectl
 * (the envtest layout that controller-runtime uses) and helm.
 *
 * Lookup order:
 *   1. KUBEBUILDER_ASSETS: a folder holding kube-apiserver, etcd and kubectl (setup-envtest's
 *      output); helm is taken from there too when present;
 *   2. the test-assets archive of a checkout that has the shared reference folder beside it
 *      (`../shared/envtest/k8s-test-assets-linux-amd64.tar.xz`), unpacked once into
 *      node_modules/.cache;
 *   3. for helm only: LAKEPLANE_HELM, then `helm` on PATH.
 *
 * A missing tool is an error that says how to get it, never a silent skip.
 */
import { execFileSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');
const ARCHIVE = path.join(ROOT, '..', 'shared', 'envtest', 'k8s-test-assets-linux-amd64.tar.xz');
const CACHE = path.join(ROOT, 'node_modules', '.cache', 'lakeplane-envtest');

export interface KubeAssets {
  readonly kubeApiserver: string;
  readonly etcd: string;
  readonly kubectl: string;
}

const HOW_TO_GET =
  'Set KUBEBUILDER_ASSETS to a folder with kube-apiserver (1.34), etcd and kubectl, for example\n' +
  '  go run sigs.k8s.io/controller-runtime/tools/setup-envtest@latest use 1.34 -p path\n' +
  'and export KUBEBUILDER_ASSETS="$(setup-envtest use 1.34 -p path)" before npm test (see the README, "Tests against real systems").';

/** Unpacks the shared archive once (keyed by its digest) and returns its bin/ folder, or undefined. */
function unpackedArchive(): string | undefined {
  if (!fs.existsSync(ARCHIVE)) {
    return undefined;
  }
  const digest = crypto.createHash('sha256').update(fs.readFileSync(ARCHIVE)).digest('hex').slice(0, 16);
  const dir = path.join(CACHE, digest);
  const bin = path.join(dir, 'bin');
  if (fs.existsSync(path.join(bin, 'kube-apiserver')) && fs.existsSync(path.join(bin, '.complete'))) {
    return bin;
  }
  // Unpack beside the target and rename, so a parallel worker never sees half a folder.
  const temp = `${dir}.tmp-${process.pid}`;
  fs.rmSync(temp, { recursive: true, force: true });
  fs.mkdirSync(temp, { recursive: true });
  execFileSync('tar', ['-xJf', ARCHIVE, '-C', temp]);
  fs.writeFileSync(path.join(temp, 'bin', '.complete'), '');
  try {
    fs.renameSync(temp, dir);
  } catch {
    // Another worker won the race; its copy is complete.
    fs.rmSync(temp, { recursive: true, force: true });
  }
  return bin;
}

function executable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The envtest binaries, or an error that says how to get them. */
export function kubeAssets(): KubeAssets {
  const fromEnv = process.env.KUBEBUILDER_ASSETS;
  const dir = fromEnv || unpackedArchive();
  if (!dir) {
    throw new Error(`No Kubernetes test assets: KUBEBUILDER_ASSETS is not set.\n${HOW_TO_GET}`);
  }
  const assets = { kubeApiserver: path.join(dir, 'kube-apiserver'), etcd: path.join(dir, 'etcd'), kubectl: path.join(dir, 'kubectl') };
  const missing = Object.values(assets).filter((file) => !executable(file));
  if (missing.length > 0) {
    throw new Error(`Kubernetes test assets incomplete in ${dir}: ${missing.map((m) => path.basename(m)).join(', ')} missing or not executable.\n${HOW_TO_GET}`);
  }
  return assets;
}

/** The helm binary, or an error that says how to get one. */
export function helmBinary(): string {
  const candidates: string[] = [];
  if (process.env.LAKEPLANE_HELM) {
    candidates.push(process.env.LAKEPLANE_HELM);
  }
  if (process.env.KUBEBUILDER_ASSETS) {
    candidates.push(path.join(process.env.KUBEBUILDER_ASSETS, 'helm'));
  }
  const archived = unpackedArchive();
  if (archived) {
    candidates.push(path.join(archived, 'helm'));
  }
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    candidates.push(path.join(dir, 'helm'));
  }
  const found = candidates.find(executable);
  if (!found) {
    throw new Error('helm 3.17 or newer is needed to render the upstream charts: put it on PATH or set LAKEPLANE_HELM to its path (see the README).');
  }
  return found;
}
