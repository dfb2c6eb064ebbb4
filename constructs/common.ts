/**
 * The small `common` block main.ts hands every component next to its own config slice:
 * environment identity, policies that apply everywhere, and the resolvers that apply the
 * registry and chart mirrors. Constructs never read global config or process.env.
 */
import type { GitOpsConfig, NodePool, Phase, PlatformConfig, Profile, SecretsConfig, StorageClasses, TlsConfig } from '../config/schema';
import { BUILT_IMAGES, BuiltImage, BuiltImageName, CHARTS, ChartName, IMAGES, ImageName, ImageRef } from '../versions';
import { SealedValues, SecretCatalog } from './secret-catalog';

export interface PlatformCommon {
  readonly env: string;
  readonly phase: Phase;
  readonly profile: Profile;
  readonly domain: string;
  readonly gitops: GitOpsConfig;
  readonly nodePools: readonly NodePool[];
  readonly storageClasses: StorageClasses;
  readonly tls: TlsConfig;
  readonly secrets: SecretsConfig;
  readonly images: ImageResolver;
  readonly charts: ChartResolver;
  /** The environment's declared secrets and their sealed values. */
  readonly secretCatalog: SecretCatalog;
}

/** Where an image is pulled from, after the registry mirror. */
export class ImageResolver {
  constructor(
    private readonly mirror: string | undefined,
    private readonly builtRegistry?: string,
  ) {}

  /**
   * An image lakeplane defines and the user's CI builds (versions.ts BUILT_IMAGES), in the
   * registry it is pushed to: `registry.builtImages`, else the image mirror.
   */
  built(name: BuiltImageName): string {
    const image: BuiltImage = BUILT_IMAGES[name];
    const registry = this.builtRegistry ?? this.mirror;
    if (!registry) {
      throw new Error(
        `registry.builtImages: not set, and no registry.imageMirror either; the ${name} image (${image.dockerfile}) is built by your CI and pushed to a registry of yours: set registry.builtImages to it (e.g. "registry.example.com/platform")`,
      );
    }
    return `${registry}/${image.repository}:${image.tag}`;
  }

  /** The full reference `registry/repository:tag`, rewritten to the mirror when one is set. */
  ref(name: ImageName): string {
    const image = this.parts(name);
    return `${image.registry}/${image.repository}:${image.tag}`;
  }

  /** Registry, repository and tag separately, for charts that take them apart. */
  parts(name: ImageName): ImageRef {
    const image: ImageRef = IMAGES[name];
    if (!this.mirror) {
      return image;
    }
    return { registry: this.mirror, repository: `${image.registry}/${image.repository}`, tag: image.tag };
  }

  /** Rewrites a registry host an upstream chart uses by default (e.g. "docker.io") to the mirror. */
  registry(upstream: string): string {
    return this.mirror ? `${this.mirror}/${upstream}` : upstream;
  }
}

/** The source of a Helm chart as ArgoCD needs it, after the chart mirror. */
export interface ResolvedChart {
  readonly repoURL: string;
  readonly chart: string;
  readonly targetRevision: string;
  readonly oci: boolean;
}

export class ChartResolver {
  constructor(private readonly mirror: { url: string; oci: boolean } | undefined) {}

  resolve(name: ChartName): ResolvedChart {
    const source = CHARTS[name];
    const oci = 'oci' in source ? source.oci : false;
    if (this.mirror) {
      return { repoURL: this.mirror.url, chart: source.chart, targetRevision: source.version, oci: this.mirror.oci };
    }
    return { repoURL: source.repoURL, chart: source.chart, targetRevision: source.version, oci };
  }

  /** Every distinct repository the platform may pull charts from (for the AppProject). */
  repositories(): string[] {
    if (this.mirror) {
      return [this.mirror.url];
    }
    return [...new Set(Object.values(CHARTS).map((c) => c.repoURL))].sort();
  }
}

export function commonFrom(config: PlatformConfig, sealed: SealedValues = {}): PlatformCommon {
  return {
    env: config.name,
    phase: config.phase,
    profile: config.profile,
    domain: config.domain,
    gitops: config.gitops,
    // Pools a later phase brings are not there yet.
    nodePools: config.nodePools.filter((pool) => (pool.fromPhase ?? 1) <= config.phase),
    storageClasses: config.storageClasses,
    tls: config.tls,
    secrets: config.secrets,
    images: new ImageResolver(config.registry.imageMirror, config.registry.builtImages),
    charts: new ChartResolver(config.registry.chartMirror),
    secretCatalog: new SecretCatalog(sealed),
  };
}
