/**
 * The platform realm as code: roles, groups and one OIDC client per web UI, in Keycloak's
 * realm representation (the format keycloak-config-cli imports). Client secrets are never in
 * it: each client's secret is a keycloak-config-cli variable read from the Job's environment.
 */
import type { PlatformGroup, PlatformRole } from './handle';

/** The platform roles, from the architecture document; each includes the ones after it. */
export const PLATFORM_ROLES: readonly PlatformRole[] = ['admin', 'engineer', 'analyst'];

const ROLE_DESCRIPTIONS: Readonly<Record<PlatformRole, string>> = {
  admin: 'Operates the platform: every engineer and analyst right, plus administration of its tools',
  engineer: 'Builds pipelines and tables: writes bronze, silver and gold data; includes analyst',
  analyst: 'Queries business-ready (gold) data',
};

/** Groups people are put in; each grants one platform role. */
export const PLATFORM_GROUPS: readonly PlatformGroup[] = [
  { name: 'platform-admins', role: 'admin' },
  { name: 'data-engineers', role: 'engineer' },
  { name: 'analysts', role: 'analyst' },
];

/** The flat claim that carries the user's realm roles in ID, access and userinfo tokens. */
export const ROLES_CLAIM = 'roles';

/** The claim that carries the user's group names, for clients that ask for it. */
export const GROUPS_CLAIM = 'groups';

/** One registered client, as the realm needs it. */
export interface RealmClient {
  readonly clientId: string;
  readonly name: string;
  readonly redirectUris: readonly string[];
  readonly publicClient: boolean;
  /** Client credentials grant enabled (machine-to-machine tokens). @default false */
  readonly serviceAccount?: boolean;
  /** Environment variable of the realm-config Job holding the client secret (confidential clients). */
  readonly secretEnv?: string;
  /** Group names in the GROUPS_CLAIM claim. @default false */
  readonly groupsClaim?: boolean;
  /** Client ids added to the `aud` claim of the access tokens. @default - none */
  readonly audiences?: readonly string[];
}

/** The keycloak-config-cli variable for an environment variable. */
export function envVariable(name: string): string {
  return `$(env:${name})`;
}

/** Environment variable name of a client's secret in the realm-config Job. */
export function clientSecretEnv(clientId: string): string {
  return `CLIENT_SECRET_${clientId.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

/** The realm representation, clients in registration order. */
export function realmRepresentation(realm: string, displayName: string, clients: readonly RealmClient[]): Record<string, unknown> {
  return {
    realm,
    displayName,
    enabled: true,
    // TLS ends at the ingress controller; Keycloak still refuses plain HTTP from outside the cluster network.
    sslRequired: 'external',
    registrationAllowed: false,
    loginWithEmailAllowed: true,
    bruteForceProtected: true,
    roles: {
      realm: PLATFORM_ROLES.map((role, i) => {
        const includes = PLATFORM_ROLES.slice(i + 1, i + 2);
        return {
          name: role,
          description: ROLE_DESCRIPTIONS[role],
          ...(includes.length > 0 ? { composite: true, composites: { realm: [...includes] } } : { composite: false }),
        };
      }),
    },
    groups: PLATFORM_GROUPS.map((g) => ({ name: g.name, path: `/${g.name}`, realmRoles: [g.role] })),
    clients: clients.map((c) => clientRepresentation(c)),
  };
}

function clientRepresentation(client: RealmClient): Record<string, unknown> {
  return {
    clientId: client.clientId,
    name: client.name,
    enabled: true,
    protocol: 'openid-connect',
    publicClient: client.publicClient,
    ...(client.publicClient ? {} : { clientAuthenticatorType: 'client-secret', secret: envVariable(client.secretEnv!) }),
    // No redirect URI means a machine client: no browser login with it.
    standardFlowEnabled: client.redirectUris.length > 0,
    implicitFlowEnabled: false,
    directAccessGrantsEnabled: false,
    serviceAccountsEnabled: client.serviceAccount ?? false,
    redirectUris: [...client.redirectUris],
    webOrigins: ['+'],
    attributes: { 'pkce.code.challenge.method': 'S256', 'post.logout.redirect.uris': '+' },
    protocolMappers: [
      {
        name: 'platform roles',
        protocol: 'openid-connect',
        protocolMapper: 'oidc-usermodel-realm-role-mapper',
        config: {
          'claim.name': ROLES_CLAIM,
          'jsonType.label': 'String',
          multivalued: 'true',
          'id.token.claim': 'true',
          'access.token.claim': 'true',
          'userinfo.token.claim': 'true',
          'introspection.token.claim': 'true',
        },
      },
      ...(client.groupsClaim
        ? [
            {
              name: 'platform groups',
              protocol: 'openid-connect',
              protocolMapper: 'oidc-group-membership-mapper',
              config: {
                'claim.name': GROUPS_CLAIM,
                // Plain names ("platform-admins"), not paths ("/platform-admins").
                'full.path': 'false',
                'id.token.claim': 'true',
                'access.token.claim': 'true',
                'userinfo.token.claim': 'true',
                'introspection.token.claim': 'true',
              },
            },
          ]
        : []),
      ...(client.audiences ?? []).map((audience) => ({
        name: `audience ${audience}`,
        protocol: 'openid-connect',
        protocolMapper: 'oidc-audience-mapper',
        config: { 'included.client.audience': audience, 'access.token.claim': 'true', 'id.token.claim': 'false', 'introspection.token.claim': 'true' },
      })),
    ],
  };
}
