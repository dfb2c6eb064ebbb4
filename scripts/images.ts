/**
 * npm run images -- <name>: what the build of an image lakeplane defines needs, from
 * versions.ts, as JSON on stdout: the image reference to push, the base image, and (spark)
 * the jars with their Maven paths. images/<name>/build.sh reads it; nothing is pinned twice.
 *
 *   npm run -s images -- spark
 */
import { BUILT_IMAGES, BuiltImageName, DBT_PACKAGES, GX_PACKAGES, IMAGES, MavenJar, NOTEBOOK_PACKAGES, SPARK_JARS } from '../versions';
import { isEntryPoint } from '../lib/entry';

export interface JarFile {
  readonly coordinate: string;
  /** File name in /opt/spark/jars. */
  readonly file: string;
  /** Path under a Maven repository root. */
  readonly path: string;
}

export function jarFile(jar: MavenJar): JarFile {
  const file = `${jar.artifact}-${jar.version}.jar`;
  return { coordinate: `${jar.group}:${jar.artifact}:${jar.version}`, file, path: `${jar.group.replace(/\./g, '/')}/${jar.artifact}/${jar.version}/${file}` };
}

export function imageBuild(name: BuiltImageName): Record<string, unknown> {
  const image = BUILT_IMAGES[name];
  const base = IMAGES[image.base];
  return {
    name,
    repository: image.repository,
    tag: image.tag,
    dockerfile: image.dockerfile,
    base: `${base.registry}/${base.repository}:${base.tag}`,
    ...(name === 'spark' ? { jars: SPARK_JARS.map(jarFile) } : {}),
    ...(name === 'dbt' ? { requirements: Object.entries(DBT_PACKAGES).map(([pkg, version]) => `${pkg}==${version}`) } : {}),
    ...(name === 'greatExpectations' ? { requirements: Object.entries(GX_PACKAGES).map(([pkg, version]) => `${pkg}==${version}`) } : {}),
    ...(name === 'notebook' ? { requirements: Object.entries(NOTEBOOK_PACKAGES).map(([pkg, version]) => `${pkg}==${version}`) } : {}),
  };
}

function main(): void {
  const name = process.argv[2];
  if (!name || name === '--help' || name === '-h') {
    process.stdout.write(`usage: npm run -s images -- <${Object.keys(BUILT_IMAGES).join('|')}>\n\nPrints, as JSON, what images/<name>/build.sh needs from versions.ts.\n`);
    process.exit(name ? 0 : 2);
  }
  if (!(name in BUILT_IMAGES)) {
    process.stderr.write(`unknown image "${name}"; known: ${Object.keys(BUILT_IMAGES).join(', ')}\n`);
    process.exit(2);
  }
  process.stdout.write(`${JSON.stringify(imageBuild(name as BuiltImageName), null, 2)}\n`);
}

if (isEntryPoint(__dirname, 'images.ts')) {
  main();
}
