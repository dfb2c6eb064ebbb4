"""Registers lakeplane's catalog services and ingestion pipelines in OpenMetadata.

Reads services.json (generated from charts/openmetadata/pipelines.ts), replaces each
${NAME} with the environment variable NAME, signs in with Keycloak's client-credentials
grant (the client's service account is a catalog administrator), then for each service
creates or updates it (PUT), creates or updates each of its pipelines and deploys it, so the
server's Kubernetes pipeline client schedules it; first, it creates or updates the catalog
roles named after the realm's roles (roles.json). Idempotent: every sync runs it again.
"""
import json
import os
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


def wait_for_server():
    for _ in range(60):
        try:
            with urllib.request.urlopen(f"{API}/v1/system/version", timeout=10):
                return
        except (urllib.error.URLError, OSError):
            time.sleep(10)
    sys.exit(f"the OpenMetadata API at {API} did not answer within 10 minutes")


def main():
    with open(SERVICES_FILE, encoding="utf-8") as handle:
        services = json.loads(substitute(handle.read()))
    wait_for_server()
    bearer = token()
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


if __name__ == "__main__":
    main()
