/**
 * The sample notebook every user finds in ~/platform-examples: it reads a gold table through
 * Trino with the user's own token and logs a run to MLflow with the same token. It holds no
 * address: the hub sets the environment of every notebook server from the Trino and MLflow
 * handles (NOTEBOOK_ENV), and the token comes from the hub, which keeps it fresh.
 */

/** The environment variables the notebook reads, and the settings they carry. */
export const NOTEBOOK_ENV = {
  trinoHost: 'LAKEPLANE_TRINO_HOST',
  trinoPort: 'LAKEPLANE_TRINO_PORT',
  catalog: 'LAKEPLANE_TRINO_CATALOG',
  schema: 'LAKEPLANE_TRINO_SCHEMA',
  trackingUri: 'MLFLOW_TRACKING_URI',
  caBundle: 'LAKEPLANE_CA_BUNDLE',
} as const;

export type NotebookSettings = { readonly [K in keyof typeof NOTEBOOK_ENV]: string };

/** The notebook servers' environment from the settings. */
export function notebookEnv(settings: NotebookSettings): Record<string, string> {
  return Object.fromEntries((Object.keys(NOTEBOOK_ENV) as (keyof typeof NOTEBOOK_ENV)[]).map((k) => [NOTEBOOK_ENV[k], settings[k]]));
}

const markdown = (text: string) => ({ cell_type: 'markdown', metadata: {}, source: lines(text) });
const code = (text: string) => ({ cell_type: 'code', execution_count: null, metadata: {}, outputs: [], source: lines(text) });

function lines(text: string): string[] {
  const all = text.split('\n');
  return all.map((line, i) => (i < all.length - 1 ? `${line}\n` : line));
}

/** The .ipynb document (nbformat 4). */
export function sampleNotebook(): string {
  const env = NOTEBOOK_ENV;
  const cells = [
    markdown(
      [
        '# The lakehouse from a notebook',
        '',
        'Reads a table of `gold` through Trino as **you** (your Keycloak token: Trino applies your access rules),',
        'then logs a run to MLflow, again as you. The addresses come from the environment the hub sets;',
        'nothing here holds a password.',
        '',
        'If MLflow refuses the run (401) on your first day, sign in to MLflow in the browser once: that makes your MLflow account.',
      ].join('\n'),
    ),
    code(
      [
        'import os',
        '',
        'import requests',
        '',
        '',
        'def platform_token() -> str:',
        '    """Your current access token. The hub keeps it fresh with Keycloak; ask again when a call says 401."""',
        '    response = requests.get(',
        '        os.environ["JUPYTERHUB_API_URL"] + "/user",',
        '        headers={"Authorization": "token " + os.environ["JUPYTERHUB_API_TOKEN"]},',
        '        timeout=10,',
        '    )',
        '    response.raise_for_status()',
        '    return response.json()["auth_state"]["access_token"]',
      ].join('\n'),
    ),
    code(
      [
        'import pandas as pd',
        'from sqlalchemy import create_engine, text',
        'from trino.auth import JWTAuthentication',
        '',
        `catalog = os.environ["${env.catalog}"]`,
        `schema = os.environ["${env.schema}"]`,
        'engine = create_engine(',
        `    f"trino://{os.environ['${env.trinoHost}']}:{os.environ['${env.trinoPort}']}/{catalog}/{schema}",`,
        `    connect_args={"auth": JWTAuthentication(platform_token()), "http_scheme": "https", "verify": os.environ["${env.caBundle}"]},`,
        ')',
        'with engine.connect() as connection:',
        '    tables = [row[0] for row in connection.execute(text(f"SHOW TABLES FROM {catalog}.{schema}"))]',
        'print("gold tables:", tables)',
        'table = tables[0]',
        'df = pd.read_sql(text(f"SELECT * FROM {catalog}.{schema}.{table} LIMIT 10000"), engine)',
        'df.describe()',
      ].join('\n'),
    ),
    code(
      [
        'import mlflow',
        '',
        '# The tracking server takes the same token (MLFLOW_TRACKING_URI is set by the hub).',
        'os.environ["MLFLOW_TRACKING_TOKEN"] = platform_token()',
        'mlflow.set_experiment(f"{os.environ[\'JUPYTERHUB_USER\']}-quickstart")',
        'with mlflow.start_run(run_name=f"profile {table}"):',
        '    mlflow.log_param("table", f"{catalog}.{schema}.{table}")',
        '    mlflow.log_metric("rows", len(df))',
        '    mlflow.log_metric("columns", len(df.columns))',
        '    mlflow.log_text(df.describe().to_csv(), "describe.csv")',
        'print("run logged to", mlflow.get_tracking_uri())',
      ].join('\n'),
    ),
  ];
  const notebook = {
    cells,
    metadata: {
      kernelspec: { display_name: 'Python 3 (ipykernel)', language: 'python', name: 'python3' },
      language_info: { name: 'python' },
    },
    nbformat: 4,
    nbformat_minor: 4,
  };
  return `${JSON.stringify(notebook, null, 1)}\n`;
}
