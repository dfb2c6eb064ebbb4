"""The catalog's sync script sharing the ingestion bot's token (charts/openmetadata/pipelines.py),
against stand-ins for the OpenMetadata and Kubernetes APIs: the bot's user and its token are
read with the administrator's bearer, the Secret is written with a server-side apply in each
namespace that asked, and a namespace not ready yet stops only the hourly share. Run by
test/quality.test.ts."""

import base64
import importlib.util
import io
import json
import os
import tempfile
import unittest
import urllib.error

HERE = os.path.dirname(__file__)
SCRIPT = os.path.join(HERE, "..", "..", "charts", "openmetadata", "pipelines.py")


class Response(io.BytesIO):
    def __enter__(self):
        return self

    def __exit__(self, *args):
        return False


def load(refuse=None, stale=False):
    os.environ.update(
        {
            "OPENMETADATA_API": "http://catalog:8585/api",
            "BOT_NAME": "ingestion-bot",
            "BOT_SHARE_NAME": "openmetadata-bot-token",
            "BOT_SHARE_FIELD": "token",
            "BOT_SHARE_NAMESPACES": "data-quality,other",
            "KUBERNETES_SERVICE_HOST": "10.0.0.1",
            "KUBERNETES_SERVICE_PORT": "443",
        }
    )
    spec = importlib.util.spec_from_file_location("pipelines", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    folder = tempfile.mkdtemp()
    for name, text in (("token", "kube-token\n"), ("ca.crt", "")):
        with open(os.path.join(folder, name), "w", encoding="utf-8") as handle:
            handle.write(text)
    module.SERVICE_ACCOUNT_DIR = folder
    module.ssl.create_default_context = lambda cafile: None
    sent = []

    def urlopen(request, timeout=None, context=None, data=None):
        sent.append(request)
        url = request.full_url
        if url.endswith("/v1/bots/name/ingestion-bot"):
            return Response(json.dumps({"botUser": {"id": "b0t"}}).encode())
        if url.endswith("/v1/users/token/b0t"):
            return Response(json.dumps({"JWTToken": "a.b.c", "JWTTokenExpiry": "Unlimited"}).encode())
        if url.endswith("/v1/users/loggedInUser"):
            if stale and request.get_header("Authorization") == "Bearer a.b.c":
                raise urllib.error.HTTPError(url, 401, "Unauthorized", {}, io.BytesIO(b"invalid signature"))
            return Response(b"{}")
        if url.endswith("/v1/users/generateToken/b0t"):
            return Response(json.dumps({"JWTToken": "d.e.f", "JWTTokenExpiry": "Unlimited"}).encode())
        if "/api/v1/namespaces/" in url:
            if refuse and f"/namespaces/{refuse}/" in url:
                raise urllib.error.HTTPError(url, 403, "Forbidden", {}, io.BytesIO(b"forbidden"))
            return Response(b"{}")
        raise AssertionError(f"unexpected request {url}")

    module.urllib.request.urlopen = urlopen
    return module, sent


class ShareBotTokenTest(unittest.TestCase):
    def setUp(self):
        self.saved = dict(os.environ)

    def tearDown(self):
        os.environ.clear()
        os.environ.update(self.saved)

    def test_the_token_is_read_as_administrator_and_applied_in_each_namespace(self):
        module, sent = load()
        module.share_bot_token("admin-bearer", strict=True)
        self.assertEqual(sent[0].get_header("Authorization"), "Bearer admin-bearer")
        writes = [r for r in sent if "/api/v1/namespaces/" in r.full_url]
        self.assertEqual(
            [r.full_url for r in writes],
            [f"https://10.0.0.1:443/api/v1/namespaces/{ns}/secrets/openmetadata-bot-token?fieldManager=openmetadata-pipelines&force=true" for ns in ("data-quality", "other")],
        )
        self.assertEqual({r.get_method() for r in writes}, {"PATCH"})
        self.assertEqual(writes[0].get_header("Content-type"), "application/apply-patch+yaml")
        self.assertEqual(writes[0].get_header("Authorization"), "Bearer kube-token")
        body = json.loads(writes[0].data)
        self.assertEqual(body["metadata"], {"name": "openmetadata-bot-token", "namespace": "data-quality", "labels": {"app.kubernetes.io/managed-by": "openmetadata-pipelines"}})
        self.assertEqual(base64.b64decode(body["data"]["token"]).decode(), "a.b.c")

    def test_a_token_the_server_no_longer_verifies_is_regenerated_without_expiry(self):
        module, sent = load(stale=True)
        self.assertEqual(module.bot_token("admin-bearer", "ingestion-bot"), "d.e.f")
        regenerate = [r for r in sent if r.full_url.endswith("/v1/users/generateToken/b0t")]
        self.assertEqual([r.get_method() for r in regenerate], ["PUT"])
        self.assertEqual(json.loads(regenerate[0].data), {"JWTTokenExpiry": "Unlimited"})
        module, sent = load()
        self.assertEqual(module.bot_token("admin-bearer", "ingestion-bot"), "a.b.c")
        self.assertFalse(any("generateToken" in r.full_url for r in sent))

    def test_a_namespace_not_ready_stops_only_the_hourly_share(self):
        module, sent = load(refuse="data-quality")
        module.share_bot_token("admin-bearer", strict=False)
        self.assertTrue(any("/namespaces/other/" in r.full_url for r in sent))
        module, _ = load(refuse="data-quality")
        with self.assertRaises(SystemExit):
            module.share_bot_token("admin-bearer", strict=True)


if __name__ == "__main__":
    unittest.main()
