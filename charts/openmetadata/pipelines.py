"""Registers lakeplane's catalog services and ingestion pipelines in OpenMetadata.

Reads services.json (generated from charts/openmetadata/pipelines.ts), replaces each
${NAME} with the environment variable NAME, signs in with Keycloak's client-credentials
grant (the client's service account is a catalog administrator), then for each service
creates or updates it (PUT), creates or updates each of its pipelines and deploys it, so the
server's Kubernetes pipeline client schedules it; first, it creates or updates the catalog
roles named after the realm's roles (roles.json) and reads the ingestion bot's token
(BOT_NAME), regenerating one the server no longer verifies. Last, it writes that token as the
Secret BOT_SHARE_NAME (its key BOT_SHARE_FIELD) in each of BOT_SHARE_NAMESPACES (the clients
that report to the catalog, e.g. the quality gate), with a server-side apply through the
Kubernetes API as the Job's ServiceAccount. Idempotent: every
sync runs it again. With the argument share-bot-token it only shares the token (the hourly
CronJob); there a Secret it cannot write fails the run, while the sync Job only says so (on
a first install the namespaces that asked are synced after the catalog).
"""
import base64
import json
import os
import ssl
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

def env(name):
    if not os.environ.get(name):
        sys.exit(f"{name} is not set")
    return os.environ[name]


API = env("OPENMETADATA_API")
SERVICES_FILE = os.environ.get("SERVICES_FILE", "/etc/openmetadata-pipelines/services.json")
ROLES_FILE = os.environ.get("ROLES_FILE", "/etc/openmetadata-pipelines/roles.json")


def substitute(text):
    def value(match):
        name = match.group(1)
        return json.dumps(env(name))[1:-1]

    return re.sub(r"\$\{([A-Z0-9_]+)\}", value, text)


def token():
    body = urllib.parse.urlencode(
        {
            "grant_type": "client_credentials",
            "client_id": env("OIDC_CLIENT_ID"),
            "client_secret": env("OIDC_CLIENT_SECRET"),
        }
    ).encode()
    with urllib.request.urlopen(env("OIDC_TOKEN_URL"), data=body, timeout=30) as response:
        return json.load(response)["access_token"]


def call(method, path, bearer, payload=None):
    data = json.dumps(payload).encode() if payload is not None else None
    request = urllib.request.Request(f"{API}/v1/{path}", data=data, method=method)
    request.add_header("Authorization", f"Bearer {bearer}")
    request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            text = response.read()
            return json.loads(text) if text else {}
    except urllib.error.HTTPError as error:
        sys.exit(f"{method} {path}: HTTP {error.code}: {error.read().decode(errors='replace')[:2000]}")


SERVICE_ACCOUNT_DIR = "/var/run/secrets/kubernetes.io/serviceaccount"


def verifies(token):
    """Whether the server accepts a token (it checks the signature against its own key)."""
    request = urllib.request.Request(f"{API}/v1/users/loggedInUser", method="GET")
    request.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=30):
            return True
    except urllib.error.HTTPError as error:
        if error.code in (401, 403):
            return False
        sys.exit(f"GET users/loggedInUser: HTTP {error.code}: {error.read().decode(errors='replace')[:2000]}")


def bot_token(bearer, bot):
    """The bot's JWT: the bot names its user, whose token an administrator may read. A token
    the server no longer verifies (signed with the image's key pair before the platform gave
    the server its own) is regenerated, without expiry, like the server's own bots'."""
    user = call("GET", f"bots/name/{urllib.parse.quote(bot)}", bearer)["botUser"]
    token = call("GET", f"users/token/{user['id']}", bearer).get("JWTToken")
    if token and verifies(token):
        return token
    token = call("PUT", f"users/generateToken/{user['id']}", bearer, {"JWTTokenExpiry": "Unlimited"}).get("JWTToken")
    if not token:
        sys.exit(f"bot {bot}: the server generated no JWT token")
    print(f"bot {bot}: token regenerated (the one stored did not verify with the server's key)")
    return token


def apply_secret(namespace, name, key, value, strict=True):
    """Creates or updates one Secret with a server-side apply (the Job is its field manager).
    Returns whether it was written; a refusal ends the run when strict."""
    with open(f"{SERVICE_ACCOUNT_DIR}/token", encoding="utf-8") as handle:
        kube_token = handle.read().strip()
    body = {
        "apiVersion": "v1",
        "kind": "Secret",
        "metadata": {"name": name, "namespace": namespace, "labels": {"app.kubernetes.io/managed-by": "openmetadata-pipelines"}},
        "type": "Opaque",
        "data": {key: base64.b64encode(value.encode()).decode()},
    }
    host = env("KUBERNETES_SERVICE_HOST")
    port = env("KUBERNETES_SERVICE_PORT")
    url = f"https://{host}:{port}/api/v1/namespaces/{namespace}/secrets/{name}?fieldManager=openmetadata-pipelines&force=true"
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method="PATCH")
    request.add_header("Authorization", f"Bearer {kube_token}")
    request.add_header("Content-Type", "application/apply-patch+yaml")
    context = ssl.create_default_context(cafile=f"{SERVICE_ACCOUNT_DIR}/ca.crt")
    try:
        with urllib.request.urlopen(request, timeout=30, context=context):
            return True
    except urllib.error.HTTPError as error:
        message = f"writing Secret {namespace}/{name}: HTTP {error.code}: {error.read().decode(errors='replace')[:2000]}"
        if strict or error.code not in (403, 404):
            sys.exit(message)
        print(f"{message} (not there yet: the hourly share writes it)")
        return False


def share_bot_token(bearer, strict, token=None):
    namespaces = [n for n in os.environ.get("BOT_SHARE_NAMESPACES", "").split(",") if n]
    if not namespaces:
        return
    if token is None:
        token = bot_token(bearer, env("BOT_NAME"))
    for namespace in namespaces:
        if apply_secret(namespace, env("BOT_SHARE_NAME"), env("BOT_SHARE_FIELD"), token, strict):
            print(f"bot token of {env('BOT_NAME')} written to {namespace}/{env('BOT_SHARE_NAME')}")


def wait_for_server():
    for _ in range(60):
        try:
            with urllib.request.urlopen(f"{API}/v1/system/version", timeout=10):
                return
        except (urllib.error.URLError, OSError):
            time.sleep(10)
    sys.exit(f"the OpenMetadata API at {API} did not answer within 10 minutes")


def main():
    if sys.argv[1:] == ["share-bot-token"]:
        wait_for_server()
        share_bot_token(token(), strict=True)
        return
    with open(SERVICES_FILE, encoding="utf-8") as handle:
        services = json.loads(substitute(handle.read()))
    wait_for_server()
    bearer = token()
    # The bot's token first: the pipelines deployed below run with it, so one regenerated
    # (the server's key changed) must be in place before they are deployed.
    shared = bot_token(bearer, env("BOT_NAME"))
    with open(ROLES_FILE, encoding="utf-8") as handle:
        for role in json.load(handle):
            created = call("PUT", "roles", bearer, role)
            print(f"role {created['name']}: {', '.join(role['policies'])}")
    service_types = {"databaseServices": "databaseService", "pipelineServices": "pipelineService"}
    for entry in services:
        service = call("PUT", f"services/{entry['kind']}", bearer, entry["service"])
        print(f"service {service['fullyQualifiedName']}: {service['id']}")
        for pipeline in entry["pipelines"]:
            body = dict(pipeline, service={"id": service["id"], "type": service_types[entry["kind"]]})
            created = call("PUT", "services/ingestionPipelines", bearer, body)
            call("POST", f"services/ingestionPipelines/deploy/{created['id']}", bearer)
            print(f"  pipeline {created['fullyQualifiedName']} deployed ({pipeline['airflowConfig']['scheduleInterval']})")
    share_bot_token(bearer, strict=False, token=shared)


if __name__ == "__main__":
    main()
