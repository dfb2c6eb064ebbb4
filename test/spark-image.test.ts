/**
 * The lakehouse Spark image (images/spark/) is built by the user's CI, not here: there is no
 * registry and no Maven repository on this machine. What can be checked without them is:
 * the build takes every version from versions.ts, the jar set belongs to the Spark and Scala
 * line of the base image and of the operator's submission client, and the Dockerfile leaves
 * the image running as the numeric Spark user.
 */
import * as fs from 'fs';
import * as path from 'path';
import { imageBuild, jarFile } from '../scripts/images';
import { OPERATOR_SPARK_VERSION } from '../charts/spark-operator/chart';
import { BUILT_IMAGES, IMAGES, SPARK_JARS } from '../versions';

const ROOT = path.join(__dirname, '..');
const dockerfile = fs.readFileSync(path.join(ROOT, 'images', 'spark', 'Dockerfile'), 'utf8');

describe('the lakehouse Spark image', () => {
  it('pins nothing of its own: the base and the jars come from versions.ts through npm run images', () => {
    expect(dockerfile).toMatch(/^ARG BASE_IMAGE\nFROM \$\{BASE_IMAGE\}$/m);
    expect(dockerfile).not.toMatch(/\d+\.\d+\.\d+/);
    const build = imageBuild('spark');
    expect(build.base).toBe(`docker.io/apache/spark:${IMAGES.spark.tag}`);
    expect(build.jars).toEqual(SPARK_JARS.map(jarFile));
    expect(fs.readFileSync(path.join(ROOT, 'images', 'spark', 'build.sh'), 'utf8')).toContain('scripts/images.ts spark');
  });

  it('is on the operator\'s Spark line, and its tag says which Spark, Iceberg and Nessie it holds', () => {
    expect(IMAGES.spark.tag).toBe(OPERATOR_SPARK_VERSION);
    const version = (artifact: string): string => SPARK_JARS.find((j) => j.artifact === artifact)!.version;
    expect(BUILT_IMAGES.spark.tag).toBe(`${IMAGES.spark.tag}-iceberg${version('iceberg-aws-bundle')}-nessie${version('nessie-spark-extensions-4.0_2.13')}-1`);
  });

  it('holds only Scala 2.13 builds for the base\'s Spark minor, and the Kafka source of the same Spark release', () => {
    const [major, minor] = IMAGES.spark.tag.split('.');
    const scalaSuffixed = SPARK_JARS.filter((j) => /_2\.\d+$/.test(j.artifact));
    expect(scalaSuffixed.length).toBeGreaterThanOrEqual(4);
    expect(scalaSuffixed.filter((j) => !j.artifact.endsWith('_2.13'))).toEqual([]);
    // Iceberg's runtime and Nessie's extensions are built per Spark minor: iceberg-spark-runtime-4.0_2.13.
    for (const j of SPARK_JARS.filter((x) => /-\d+\.\d+_2\.13$/.test(x.artifact))) {
      expect([j.artifact, /-(\d+\.\d+)_2\.13$/.exec(j.artifact)![1]]).toEqual([j.artifact, `${major}.${minor}`]);
    }
    for (const j of SPARK_JARS.filter((x) => x.group === 'org.apache.spark')) {
      expect([j.artifact, j.version]).toEqual([j.artifact, IMAGES.spark.tag]);
    }
    // One Iceberg release for the runtime and the AWS bundle.
    expect(new Set(SPARK_JARS.filter((j) => j.group === 'org.apache.iceberg').map((j) => j.version)).size).toBe(1);
  });

  it('ends as the numeric Spark user and checks every jar against the locked sums inside the build', () => {
    expect(dockerfile.trim().split('\n').pop()).toBe('USER 185');
    expect(dockerfile).toContain('sha512sum --strict --check jars.sha512');
    const lock = path.join(ROOT, 'images', 'spark', 'jars.sha512');
    if (fs.existsSync(lock)) {
      const files = fs.readFileSync(lock, 'utf8').trim().split('\n').map((l) => l.split(/\s+/)[1]);
      expect(files.sort()).toEqual(SPARK_JARS.map((j) => jarFile(j).file).sort());
    }
  });
});
