"""Applies lakeplane's Ranger state (policies.json, made by charts/ranger/policies.ts) to Ranger admin.

Idempotent, run after every sync: the Trino service is created or updated, users get the
attributes row filters read, every policy of the service that is not in the file is deleted
and every policy in it is created or replaced by name. Ranger's public REST API v2 and its
user API (apache/ranger release-ranger-2.9.0, PublicAPIsv2 and XUserREST).
"""
import json
import os
import sys
import time

import requests

ADMIN = os.environ["RANGER_URL"].rstrip("/")
# The admin password as setup.sh set it: the fixed prefix and the sealed value (admin-start.sh).
AUTH = ("admin", "@PASSWORD_PREFIX@" + os.environ["RANGER_ADMIN_SECRET"])
CA = os.environ["RANGER_CA_FILE"]
STATE = json.load(open(os.environ.get("RANGER_STATE", "/etc/ranger-policies/policies.json")))
HEADERS = {"Accept": "application/json", "Content-Type": "application/json", "X-Requested-By": "lakeplane"}


def call(method, path, body=None, ok=(200, 204), params=None):
    response = requests.request(method, ADMIN + path, auth=AUTH, verify=CA, headers=HEADERS, json=body, params=params, timeout=60)
    if response.status_code not in ok:
        raise SystemExit(f"{method} {path}: HTTP {response.status_code}: {response.text[:500]}")
    return response


def wait_for_admin():
    deadline = time.time() + 900
    while True:
        try:
            if call("GET", "/service/public/v2/api/servicedef/name/trino", ok=(200, 401, 404, 503)).status_code == 200:
                return
        except requests.RequestException as error:
            print(f"waiting for Ranger admin: {error}", flush=True)
        if time.time() > deadline:
            raise SystemExit("Ranger admin did not answer with Trino's service definition within 15 minutes")
        time.sleep(10)


def apply_service(service):
    path = f"/service/public/v2/api/service/name/{service['name']}"
    current = call("GET", path, ok=(200, 404))
    if current.status_code == 404:
        call("POST", "/service/public/v2/api/service", service)
        print(f"service {service['name']}: created", flush=True)
    else:
        call("PUT", path, {**service, "id": current.json()["id"]})
        print(f"service {service['name']}: updated", flush=True)


# First names are at most 16 characters in Ranger (ranger.user.firstname.maxlength).
def apply_user(user):
    attributes = json.dumps(user["attributes"], sort_keys=True)
    current = call("GET", f"/service/xusers/users/userName/{user['name']}", ok=(200, 204, 400, 404))
    found = current.json() if current.status_code == 200 and current.text.strip() else None
    if found is None:
        # userSource 6 (federated: XUserMgr gives it a random password): a person signs in to
        # Trino, not to Ranger; Ranger only needs the attributes.
        call("POST", "/service/xusers/secure/users", {
            "name": user["name"], "firstName": user["name"][:16], "status": 1, "isVisible": 1, "userSource": 6,
            "userRoleList": ["ROLE_USER"], "otherAttributes": attributes,
        })
        print(f"user {user['name']}: created with {attributes}", flush=True)
    elif found.get("otherAttributes") != attributes:
        # The user as Ranger returned it (its hidden password keeps the stored one), new attributes.
        call("PUT", f"/service/xusers/secure/users/{found['id']}", {**found, "otherAttributes": attributes})
        print(f"user {user['name']}: attributes set to {attributes}", flush=True)


def apply_plugin_user(name):
    # Trino's plugin downloads as this Ranger account (basic authentication); only it is let
    # download by the service's *.download.auth.users. Its password is set when it is made.
    current = call("GET", f"/service/xusers/users/userName/{name}", ok=(200, 204, 400, 404))
    if current.status_code == 200 and current.text.strip():
        return
    call("POST", "/service/xusers/secure/users", {
        "name": name, "firstName": name[:16], "status": 1, "isVisible": 1,
        "userRoleList": ["ROLE_USER"], "password": "@PASSWORD_PREFIX@" + os.environ["RANGER_PLUGIN_SECRET"],
        "description": "Trino's Ranger plugin (policy and user store downloads)",
    })
    print(f"user {name}: created (the Trino plugin's account)", flush=True)


def apply_policies(service, policies):
    desired = {p["name"] for p in policies}
    existing = call("GET", f"/service/public/v2/api/service/{service}/policy").json()
    # Removed first: Ranger allows one policy per resource signature, and a policy of an
    # earlier version (or one Ranger made with the service) may hold a resource set now named otherwise.
    for policy in existing:
        if policy["name"] not in desired:
            call("DELETE", f"/service/public/v2/api/policy/{policy['id']}")
            print(f"policy {policy['name']}: deleted (not in code)", flush=True)
    for policy in policies:
        call("POST", "/service/public/v2/api/policy", policy,
             params={"updateIfExists": "true", "policyMatchingAlgorithm": "matchByName", "createPrincipalsIfAbsent": "true"})
        print(f"policy {policy['name']}: applied", flush=True)


def main():
    wait_for_admin()
    apply_plugin_user(STATE["pluginUser"])
    apply_service(STATE["service"])
    for user in STATE["users"]:
        apply_user(user)
    apply_policies(STATE["service"]["name"], STATE["policies"])
    print(f"{len(STATE['policies'])} policies in service {STATE['service']['name']}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
