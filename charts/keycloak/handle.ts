/** The handle the keycloak component gives the components that use it (charts/handles.ts): the realm and its OIDC clients. */
import type { Construct } from 'constructs';
import type { SecretKeyRef } from '../../constructs/secret';

/** Platform roles, from the architecture document. */
export type PlatformRole = 'admin' | 'engineer' | 'analyst';

export interface OidcClientOptions {
  /** Redirect URIs the client may use; none for a machine client (`serviceAccount`), which has no login flow. */
  readonly redirectUris: readonly string[];
  /** Namespace of the consumer: the client secret is delivered there. */
  readonly namespace: string;
  /** Display name in the login page. @default - the client id */
  readonly name?: string;
  /** Public client (no secret), e.g. CLIs. @default false */
  readonly publicClient?: boolean;
  /** The client may also get tokens for itself (client credentials), e.g. to call another service's API. @default false */
  readonly serviceAccount?: boolean;
  /** Put the user's group names in a `groups` claim of the client's tokens (for tools that authorize by group). @default false */
  readonly groupsClaim?: boolean;
  /**
   * Other clients named in the `aud` claim of this client's access tokens (Keycloak's audience
   * mapper), for a consumer that calls their APIs with its user's token. @default - none
   */
  readonly audiences?: readonly string[];
  /** Labels on the consumer's copy of the client secret (e.g. for tools that find secrets by label). @default - none */
  readonly secretLabels?: Readonly<Record<string, string>>;
}

/** A group of the platform realm and the platform role it grants. */
export interface PlatformGroup {
  readonly name: string;
  readonly role: PlatformRole;
}

/** An OIDC client registered in the platform realm. */
export interface OidcClient {
  readonly clientId: string;
  /** https://<keycloak host>/realms/<realm> */
  readonly issuerUrl: string;
  /** The client secret in the consumer's namespace (undefined for public clients). */
  readonly secret?: SecretKeyRef;
  /** Claim that carries the platform roles in ID and access tokens. */
  readonly rolesClaim: string;
  /** Claim that carries the user's group names, when the client asked for it (`groupsClaim`). */
  readonly groupsClaim?: string;
  /** The realm's groups, when the client asked for the groups claim. */
  readonly groups?: readonly PlatformGroup[];
}

/** The identity provider (Keycloak): one realm, roles, and a client per web UI. */
export interface IdentityProvider {
  readonly realm: string;
  readonly issuerUrl: string;
  readonly roles: readonly PlatformRole[];
  /** The realm's groups, each granting one platform role. */
  readonly groups: readonly PlatformGroup[];
  /** Namespace and pod labels of the server, for clients' egress NetworkPolicies. */
  readonly namespace: string;
  readonly podLabels: Readonly<Record<string, string>>;
  /**
   * Registers an OIDC client in the realm; `scope` is the consumer's construct, where the
   * consumer's copy of the client secret is output.
   */
  addClient(scope: Construct, clientId: string, options: OidcClientOptions): OidcClient;
}
