/**
 * A controller-less Kubernetes API server for tests: etcd and kube-apiserver on free loopback
 * ports in a fresh temporary folder, and a kubectl that talks to it.
 *
 * Only the API server runs (no controller-manager, scheduler or kubelet), so objects are
 * validated, defaulted and admitted, never run. The facts this relies on (flags, certificates,
 * readiness) are those of the shared envtest README.
 *
 * Both processes run in their own process group and are killed with it: by `stop()`, when
 * starting fails half way, and, as a last resort, when the process that started them exits.
 *
 * One server serves a whole test run: jest's global setup shares one (shareApiServer), without
 * waiting for it, and each test file connects to it (connectApiServer), with a folder of its own.
 */
import { ChildProcess, execFile, spawn } from 'child_process';
import * as fs from 'fs';
import * as https from 'https';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { KubeAssets } from './assets';

export interface KubectlResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface ApiServer {
  /** https://127.0.0.1:<port> */
  readonly url: string;
  /**
   * The temporary folder of this client, where kubectl runs: for a server started here, the one
   * holding its certificates, etcd's data, logs and the kubeconfig; for one connected to
   * (connectApiServer), a folder of the client's own. Removed by stop().
   */
  readonly dir: string;
  /** A kubeconfig file for the server (JSON): its URL, CA file and a token of system:masters. */
  readonly kubeconfig: string;
  /**
   * Runs kubectl against this server, in `dir` (so relative file names in its messages are
   * those given); never throws on a non-zero exit (the caller reads the result).
   */
  kubectl(args: readonly string[], options?: KubectlOptions): Promise<KubectlResult>;
  /**
   * GETs an API path (e.g. /apis/apiextensions.k8s.io/v1/customresourcedefinitions) as JSON;
   * rejects unless 200. `accept` replaces the Accept header (e.g. for aggregated discovery).
   */
  getJson(apiPath: string, accept?: string): Promise<unknown>;
  /**
   * Sends one request with this client's credentials over a kept-alive connection; resolves
   * with any HTTP status (the caller reads it) and the server's `Warning` headers.
   */
  request(method: string, apiPath: string, body: string, contentType: string): Promise<HttpAnswer>;
  /**
   * For a server started here, kills kube-apiserver and etcd (their whole process groups) and
   * removes the folder; for one connected to, removes only the client's folder.
   */
  stop(): Promise<void>;
}

export interface HttpAnswer {
  readonly status: number;
  readonly body: string;
  /** The texts of the answer's `Warning: 299 - "<text>"` headers. */
  readonly warnings: readonly string[];
}

export interface KubectlOptions {
  /**
   * kubectl's discovery cache folder. Calls made before CustomResourceDefinitions exist should
   * use their own, so that later calls do not start from a discovery without them.
   * @default - the server's shared cache folder
   */
  readonly cacheDir?: string;
}

export interface StartOptions {
  /** How long to wait for /readyz. @default 60000 */
  readonly readyTimeoutMs?: number;
}

/** The `kube-apiserver` flags a controller-less server needs (see the envtest README). */
const CONTROLLERLESS_FLAGS = [
  // No controller creates the `default` ServiceAccount, so the ServiceAccount plugin would refuse every Pod.
  '--disable-admission-plugins=ServiceAccount',
  '--endpoint-reconciler-type=none',
  // As kubeadm and kind clusters run; Pod Security admission decides per namespace.
  '--allow-privileged=true',
  '--authorization-mode=RBAC',
  // A config value only: nothing allocates cluster IPs here.
  '--service-cluster-ip-range=10.96.0.0/16',
];

/**
 * kubectl's environment. With --validate=strict kubectl decodes the OpenAPI document of an
 * object's API group again for every object it sends; a less eager garbage collector makes
 * that about a third cheaper, for some 100 MB more memory per kubectl process.
 */
const KUBECTL_ENV: NodeJS.ProcessEnv = { ...process.env, GOGC: '400' };

/**
 * kube-apiserver's environment: the same for its start and for building the handlers and
 * OpenAPI of large CRDs (a third less CPU), with the heap kept under 1 GiB.
 */
const APISERVER_ENV: NodeJS.ProcessEnv = { ...process.env, GOGC: '400', GOMEMLIMIT: '1GiB' };

const OPENSSL_CONFIG = `
[req]
distinguished_name = dn
[dn]
[ca]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
[serving]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = IP:127.0.0.1
`;

/** A server whose processes are started but not yet ready. */
export interface BootingApiServer {
  /** Resolves once /readyz answers ok (starting again on other ports if one was taken meanwhile). */
  ready(): Promise<ApiServer>;
  /** Kills whatever runs and removes the folder; also after ready(). */
  stop(): Promise<void>;
}

/** Starts etcd and kube-apiserver and resolves once /readyz answers ok. */
export async function startApiServer(assets: KubeAssets, options: StartOptions = {}): Promise<ApiServer> {
  const booting = await bootApiServer(assets, options);
  try {
    return await booting.ready();
  } catch (err) {
    await booting.stop();
    throw err;
  }
}

/**
 * Makes the certificates and starts etcd and kube-apiserver, without waiting for them: the
 * caller can do synchronous work (a synth) while they boot, then call ready().
 */
export async function bootApiServer(assets: KubeAssets, options: StartOptions = {}): Promise<BootingApiServer> {
  const readyTimeoutMs = options.readyTimeoutMs ?? 60_000;
  let current = await launch(assets);
  let stopped = false;
  return {
    ready: async () => {
      // A port picked free can be taken by someone else before the server binds it; start again then.
      for (let attempt = 1; ; attempt++) {
        try {
          return await current.ready(readyTimeoutMs);
        } catch (err) {
          if (stopped || attempt >= 3 || !(err instanceof PortTakenError)) {
            throw err;
          }
          await current.stop();
          current = await launch(assets);
        }
      }
    },
    stop: () => {
      stopped = true;
      return current.stop();
    },
  };
}

/**
 * Where a shared server is handed to the test files: the folder, named by this variable, that
 * shareApiServer() writes the connection into once the server is ready (or why it is not).
 * A folder rather than the connection itself: the port, token and certificates are known only
 * when the server is ready (it starts again on other ports when one was taken meanwhile), and
 * the variable must be set before jest starts its workers, which inherit it.
 */
export const SHARED_SERVER_VARIABLE = 'LAKEPLANE_APISERVER';
const CONNECTION_FILE = 'connection.json';
const FAILURE_FILE = 'failure.txt';

/** What a client needs to talk to a server: its kubeconfig (server, CA file, token) and the kubectl to use. */
interface Connection {
  readonly kubeconfig: string;
  readonly kubectl: string;
}

export interface SharedApiServer {
  /** The folder to put in SHARED_SERVER_VARIABLE. */
  readonly handle: string;
  /** Kills the server (once it has started, if it is still starting) and removes the handle. */
  stop(): Promise<void>;
}

/**
 * Starts a server for other processes (jest's global setup, for the test files): resolves once
 * its processes are started (a fraction of a second: the certificates), without waiting for them
 * to be ready; that goes on in the background, and its outcome is written into the handle, where
 * connectApiServer() waits for it. When `assets` throws (no test assets) or the start fails, the
 * message is what every connectApiServer() rejects with.
 */
export async function shareApiServer(assets: () => KubeAssets, options: StartOptions = {}): Promise<SharedApiServer> {
  const handle = fs.mkdtempSync(path.join(os.tmpdir(), 'lakeplane-apiserver-'));
  const publish = (file: string, text: string): void => {
    // Written aside and renamed, so that a reader never sees half a file.
    try {
      fs.writeFileSync(path.join(handle, `${file}.tmp`), text);
      fs.renameSync(path.join(handle, `${file}.tmp`), path.join(handle, file));
    } catch {
      // stop() removed the handle already: nobody is waiting.
    }
  };
  let booting: BootingApiServer | undefined;
  try {
    const found = assets();
    booting = await bootApiServer(found, options);
    // Started, not ready: the processes boot while the caller goes on.
    booting.ready().then(
      (server) => publish(CONNECTION_FILE, JSON.stringify({ kubeconfig: server.kubeconfig, kubectl: found.kubectl } satisfies Connection)),
      (err: Error) => publish(FAILURE_FILE, err.message),
    );
  } catch (err) {
    publish(FAILURE_FILE, (err as Error).message);
  }
  return {
    handle,
    stop: async () => {
      await booting?.stop();
      fs.rmSync(handle, { recursive: true, force: true });
    },
  };
}

/**
 * Connects to the server shared through SHARED_SERVER_VARIABLE, waiting until it is ready. The
 * client gets a fresh folder of its own (its files and kubectl's discovery cache; `dir`), which
 * its stop() removes; the server itself is stopped by whoever shared it.
 */
export async function connectApiServer(timeoutMs = 90_000): Promise<ApiServer> {
  const handle = process.env[SHARED_SERVER_VARIABLE];
  if (!handle) {
    throw new Error(`${SHARED_SERVER_VARIABLE} is not set: the test API server is started once per run by jest's global setup (test/support/global-setup.ts); run the tests with jest's config (npm test, or npx jest <file>)`);
  }
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (fs.existsSync(path.join(handle, FAILURE_FILE))) {
      throw new Error(`the test API server did not start: ${fs.readFileSync(path.join(handle, FAILURE_FILE), 'utf8')}`);
    }
    if (fs.existsSync(path.join(handle, CONNECTION_FILE))) {
      break;
    }
    if (!fs.existsSync(handle)) {
      throw new Error(`the test API server's handle ${handle} is gone: the run that shared it has ended`);
    }
    if (Date.now() > deadline) {
      throw new Error(`the test API server was not ready after ${timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const connection = JSON.parse(fs.readFileSync(path.join(handle, CONNECTION_FILE), 'utf8')) as Connection;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lakeplane-envtest-client-'));
  return client(connection, dir, async () => fs.rmSync(dir, { recursive: true, force: true }));
}

/** A client of the server the kubeconfig names: kubectl and GETs with its credentials, run in `dir`. */
function client(connection: Connection, dir: string, stop: () => Promise<void>): ApiServer {
  const { url, caFile, token } = readKubeconfig(connection.kubeconfig);
  const ca = fs.readFileSync(caFile);
  const cacheDir = path.join(dir, 'kubectl-cache');
  const agent = new https.Agent({ ca, keepAlive: true, maxSockets: REQUEST_CONNECTIONS });
  return {
    url,
    dir,
    kubeconfig: connection.kubeconfig,
    kubectl: (args, opts = {}) => run(connection.kubectl, ['--kubeconfig', connection.kubeconfig, '--cache-dir', opts.cacheDir ?? cacheDir, ...args], dir, KUBECTL_ENV),
    getJson: async (apiPath, accept) => {
      const answer = await send(`${url}${apiPath}`, 'GET', token, { agent, accept, timeoutMs: 5000 });
      if (answer.status !== 200) {
        throw new Error(`GET ${apiPath}: HTTP ${answer.status}: ${answer.body.slice(0, 500)}`);
      }
      return JSON.parse(answer.body);
    },
    request: (method, apiPath, body, contentType) => send(`${url}${apiPath}`, method, token, { agent, body, contentType, timeoutMs: 30_000 }),
    stop: async () => {
      agent.destroy();
      await stop();
    },
  };
}

class PortTakenError extends Error {}

interface Launched {
  ready(timeoutMs: number): Promise<ApiServer>;
  stop(): Promise<void>;
}

async function launch(assets: KubeAssets): Promise<Launched> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lakeplane-envtest-'));
  const processes: ChildProcess[] = [];
  const exitGuard = (): void => {
    for (const child of processes) {
      killGroup(child, 'SIGKILL');
    }
  };
  process.on('exit', exitGuard);
  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) {
      return;
    }
    stopped = true;
    await killAll(processes);
    process.removeListener('exit', exitGuard);
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    const [etcdPort, etcdPeerPort, apiPort] = await freePorts(3);
    const token = `lakeplane-${process.pid}-${Date.now()}`;
    await makeCertificates(dir);
    fs.writeFileSync(path.join(dir, 'tokens.csv'), `${token},lakeplane-test,lakeplane-test,"system:masters"\n`);

    const etcdUrl = `http://127.0.0.1:${etcdPort}`;
    const peerUrl = `http://127.0.0.1:${etcdPeerPort}`;
    const etcd = startProcess(dir, 'etcd', assets.etcd, [
      `--data-dir=${path.join(dir, 'etcd-data')}`,
      `--listen-client-urls=${etcdUrl}`,
      `--advertise-client-urls=${etcdUrl}`,
      `--listen-peer-urls=${peerUrl}`,
      `--initial-advertise-peer-urls=${peerUrl}`,
      `--initial-cluster=default=${peerUrl}`,
      // The data is thrown away after the run; fsync only costs time.
      '--unsafe-no-fsync',
    ]);
    processes.push(etcd.child);

    const apiserver = startProcess(dir, 'kube-apiserver', assets.kubeApiserver, [
      `--etcd-servers=${etcdUrl}`,
      '--bind-address=127.0.0.1',
      `--secure-port=${apiPort}`,
      `--cert-dir=${dir}`,
      `--tls-cert-file=${path.join(dir, 'serving.crt')}`,
      `--tls-private-key-file=${path.join(dir, 'serving.key')}`,
      `--token-auth-file=${path.join(dir, 'tokens.csv')}`,
      `--service-account-key-file=${path.join(dir, 'sa.pub')}`,
      `--service-account-signing-key-file=${path.join(dir, 'sa.key')}`,
      '--service-account-issuer=https://kubernetes.default.svc',
      ...CONTROLLERLESS_FLAGS,
    ], APISERVER_ENV);
    processes.push(apiserver.child);

    const url = `https://127.0.0.1:${apiPort}`;
    const kubeconfig = path.join(dir, 'kubeconfig');
    const caFile = path.join(dir, 'ca.crt');
    fs.writeFileSync(kubeconfig, kubeconfigText(url, caFile, token));
    const connection: Connection = { kubeconfig, kubectl: assets.kubectl };
    return {
      ready: async (timeoutMs) => {
        await waitReady(url, fs.readFileSync(caFile), token, timeoutMs, [etcd, apiserver]);
        return client(connection, dir, stop);
      },
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

interface Started {
  readonly name: string;
  readonly child: ChildProcess;
  readonly log: string;
  /** Set when the process has exited. */
  exit?: string;
}

function startProcess(dir: string, name: string, binary: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Started {
  const log = path.join(dir, `${name}.log`);
  const fd = fs.openSync(log, 'w');
  // detached: its own process group, so that killing the group takes any children with it.
  const child = spawn(binary, args, { cwd: dir, env, detached: true, stdio: ['ignore', fd, fd] });
  fs.closeSync(fd);
  const started: Started = { name, child, log };
  child.on('exit', (code, signal) => {
    started.exit = signal ? `killed by ${signal}` : `exited with ${code}`;
  });
  child.on('error', (err) => {
    started.exit = `could not start: ${err.message}`;
  });
  return started;
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) {
    return;
  }
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/**
 * Kills each process group and waits for the processes to exit. SIGKILL straight away: the
 * data folder is deleted next, and kube-apiserver's graceful shutdown takes seconds.
 */
async function killAll(processes: readonly ChildProcess[]): Promise<void> {
  await Promise.all(
    [...processes].reverse().map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) {
            resolve();
            return;
          }
          child.once('exit', () => resolve());
          killGroup(child, 'SIGKILL');
        }),
    ),
  );
}

/** Ports free on the loopback address now, all different (each held until all are found). */
async function freePorts(count: number): Promise<number[]> {
  const servers: net.Server[] = [];
  try {
    const ports: number[] = [];
    for (let i = 0; i < count; i++) {
      const server = net.createServer();
      servers.push(server);
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => resolve());
      });
      ports.push((server.address() as net.AddressInfo).port);
    }
    return ports;
  } finally {
    await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
  }
}

/**
 * A CA, a serving certificate for IP:127.0.0.1 signed by it, and the service-account key
 * pair. EC keys for the certificates (instant); RSA for the service-account signing key.
 */
async function makeCertificates(dir: string): Promise<void> {
  const config = path.join(dir, 'openssl.cnf');
  fs.writeFileSync(config, OPENSSL_CONFIG);
  const file = (name: string): string => path.join(dir, name);
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  const serviceAccount = async (): Promise<void> => {
    await openssl(['genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048', '-out', file('sa.key')]);
    await openssl(['pkey', '-in', file('sa.key'), '-pubout', '-out', file('sa.pub')]);
  };
  const tls = async (): Promise<void> => {
    await openssl(['req', '-x509', '-config', config, '-extensions', 'ca', ...ec, '-keyout', file('ca.key'), '-out', file('ca.crt'), '-days', '2', '-subj', '/CN=lakeplane-test-ca']);
    await openssl(['req', '-x509', '-config', config, '-extensions', 'serving', ...ec, '-keyout', file('serving.key'), '-out', file('serving.crt'), '-days', '2', '-subj', '/CN=kube-apiserver', '-CA', file('ca.crt'), '-CAkey', file('ca.key')]);
  };
  await Promise.all([serviceAccount(), tls()]);
}

async function openssl(args: readonly string[]): Promise<void> {
  const result = await run('openssl', args);
  if (result.code !== 0) {
    throw new Error(`openssl ${args[0]} failed (exit ${result.code}); openssl is needed to make the test API server's certificates:\n${result.stderr}`);
  }
}

async function waitReady(url: string, ca: Buffer, token: string, timeoutMs: number, processes: readonly Started[]): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    const exited = processes.find((p) => p.exit !== undefined);
    if (exited) {
      const tail = logTail(exited.log);
      if (/address already in use/.test(tail)) {
        throw new PortTakenError(`${exited.name}: a port was taken before it could bind it`);
      }
      throw new Error(`${exited.name} ${exited.exit} before the API server was ready; the end of its log:\n${tail}`);
    }
    last = await readyz(url, ca, token).catch((err: Error) => err.message);
    if (last === 'ok') {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const tails = processes.map((p) => `--- ${p.name}:\n${logTail(p.log)}`).join('\n');
  throw new Error(`kube-apiserver not ready after ${timeoutMs} ms (last /readyz answer: ${last})\n${tails}`);
}

async function readyz(url: string, ca: Buffer, token: string): Promise<string> {
  const answer = await send(`${url}/readyz`, 'GET', token, { ca, timeoutMs: 5000 });
  return answer.status === 200 ? answer.body.trim() : `HTTP ${answer.status}: ${answer.body.trim().slice(0, 200)}`;
}

/** Connections a client keeps open for request(): the server answers that many side by side, so callers keep that many in flight. */
export const REQUEST_CONNECTIONS = 6;

interface SendOptions {
  /** A kept-alive client's agent (which holds the CA), else a one-off connection trusting `ca`. */
  readonly agent?: https.Agent;
  readonly ca?: Buffer;
  readonly body?: string;
  readonly contentType?: string;
  /** @default application/json */
  readonly accept?: string;
  readonly timeoutMs: number;
}

/** One request with the token; resolves with any HTTP status and the texts of its `Warning: 299 - "<text>"` headers. */
function send(url: string, method: string, token: string, options: SendOptions): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { Authorization: `Bearer ${token}`, Accept: options.accept ?? 'application/json' };
    if (options.body !== undefined) {
      headers['Content-Type'] = options.contentType ?? 'application/json';
      headers['Content-Length'] = Buffer.byteLength(options.body);
    }
    const req = https.request(url, { method, agent: options.agent, ca: options.ca, headers, timeout: options.timeoutMs }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => {
        const header = res.headers.warning;
        const warnings = (Array.isArray(header) ? header : header ? [header] : []).map((w) => w.replace(/^\d{3} \S+ "(.*)"$/, '$1'));
        resolve({ status: res.statusCode ?? 0, body: text, warnings });
      });
    });
    req.on('timeout', () => req.destroy(new Error(`${method} ${new URL(url).pathname}: no answer after ${options.timeoutMs} ms`)));
    req.on('error', reject);
    req.end(options.body);
  });
}

function logTail(file: string, lines = 20): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

function kubeconfigText(url: string, caFile: string, token: string): string {
  // JSON is YAML: kubectl reads it as its kubeconfig.
  return JSON.stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name: 'envtest', cluster: { server: url, 'certificate-authority': caFile } }],
    users: [{ name: 'envtest', user: { token } }],
    contexts: [{ name: 'envtest', context: { cluster: 'envtest', user: 'envtest' } }],
    'current-context': 'envtest',
  });
}

/** The server, CA file and token of a kubeconfig kubeconfigText() wrote. */
function readKubeconfig(file: string): { url: string; caFile: string; token: string } {
  const config = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    clusters: Array<{ cluster: { server: string; 'certificate-authority': string } }>;
    users: Array<{ user: { token: string } }>;
  };
  return { url: config.clusters[0].cluster.server, caFile: config.clusters[0].cluster['certificate-authority'], token: config.users[0].user.token };
}

function run(binary: string, args: readonly string[], cwd?: string, env?: NodeJS.ProcessEnv): Promise<KubectlResult> {
  return new Promise((resolve) => {
    const child = execFile(binary, [...args], { cwd, env, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }, (err, stdout, stderr) => {
      // A number when the process exited non-zero; a string (ENOENT) or null (a signal) otherwise.
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 1) : 0;
      resolve({ code, stdout, stderr: err && !stderr ? err.message : stderr });
    });
    child.stdin?.end();
  });
}
