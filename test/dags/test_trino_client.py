"""The DAGs' Trino client against a stand-in coordinator on the loopback address, over TLS
with a throwaway CA: it verifies the server with the connection's CA file, signs in with the
service user's password, and never sends that password over plain HTTP."""

import json
import os
import shutil
import ssl
import subprocess
import sys
import tempfile
import threading
import unittest
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "dags"))

from lakeplane.trino import TrinoClient, TrinoError  # noqa: E402


class FakeCoordinator(BaseHTTPRequestHandler):
    seen_authorization = []

    def log_message(self, *args):
        pass

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        FakeCoordinator.seen_authorization.append(self.headers.get("Authorization"))
        body = json.dumps({"id": "q", "data": [[1]]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@unittest.skipUnless(shutil.which("openssl"), "openssl is needed to make the test certificate")
class TlsClientTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.mkdtemp()
        cls.cert = os.path.join(cls.dir, "cert.pem")
        key = os.path.join(cls.dir, "key.pem")
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "1",
             "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", key, "-out", cls.cert],
            check=True, capture_output=True,
        )
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cls.cert, key)
        cls.server = ThreadingHTTPServer(("127.0.0.1", 0), FakeCoordinator)
        cls.server.socket = context.wrap_socket(cls.server.socket, server_side=True)
        threading.Thread(target=cls.server.serve_forever, daemon=True).start()
        cls.url = f"https://127.0.0.1:{cls.server.server_address[1]}"

    @classmethod
    def tearDownClass(cls):
        cls.server.shutdown()
        cls.server.server_close()
        shutil.rmtree(cls.dir)

    def test_verifies_the_coordinator_with_the_ca_file_and_signs_in(self):
        client = TrinoClient(base_url=self.url, user="airflow", password="pw", ca_file=self.cert)
        self.assertEqual(client.query("SELECT 1"), [[1]])
        self.assertEqual(FakeCoordinator.seen_authorization[-1], "Basic YWlyZmxvdzpwdw==")

    def test_an_unknown_ca_is_refused(self):
        client = TrinoClient(base_url=self.url, user="airflow", password="pw")
        with self.assertRaisesRegex(TrinoError, "unreachable.*CERTIFICATE_VERIFY_FAILED"):
            client.query("SELECT 1")


class PlainHttpTest(unittest.TestCase):
    def test_no_password_over_plain_http(self):
        client = TrinoClient(base_url="http://127.0.0.1:1", user="airflow", password="pw")
        with self.assertRaisesRegex(TrinoError, "refusing to send the password of airflow to http://127.0.0.1:1 over plain HTTP"):
            client.query("SELECT 1")


if __name__ == "__main__":
    unittest.main()
