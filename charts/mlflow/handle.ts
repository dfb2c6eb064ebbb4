/** The handle the mlflow component gives the components that use it (charts/handles.ts). */

/** The tracking server and model registry as its clients see it. */
export interface TrackingServer {
  /** http://<service>.<namespace>.svc:<port>: notebooks, jobs and model servers inside the cluster. */
  readonly trackingUri: string;
  /** https://mlflow.<domain>: people, through Keycloak. */
  readonly url: string;
  readonly namespace: string;
  /** Labels of the server pods, for clients' egress NetworkPolicies. */
  readonly podLabels: Readonly<Record<string, string>>;
  /** The port the server pods listen on (the Service maps its own port to it). */
  readonly port: number;
  /**
   * The OIDC client id whose audience the server accepts in bearer tokens: a client that
   * calls the API with a user's token asks Keycloak to add it to its tokens.
   */
  readonly audience: string;
  /** Lets the pods of `namespace` (with `podLabels`, or all of them) reach the server. */
  allowClient(namespace: string, podLabels?: Readonly<Record<string, string>>): void;
}
