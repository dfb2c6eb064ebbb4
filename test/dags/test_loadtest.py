"""The load-test script against a stand-in Trino on the loopback address: it follows the
protocol's nextUri pages, runs the queries concurrently and prints p50/p95/p99."""

import io
import json
import os
import sys
import threading
import time
import unittest
from contextlib import redirect_stdout
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "charts", "airflow", "files"))

import trino_loadtest  # noqa: E402


class FakeTrino(BaseHTTPRequestHandler):
    seen_users = []
    # Headers and body are two writes: without this, delayed ACKs add 40 ms per request.
    disable_nagle_algorithm = True

    def log_message(self, *args):  # keep the test output clean
        pass

    def _send(self, page):
        body = json.dumps(page).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        sql = self.rfile.read(length).decode()
        FakeTrino.seen_users.append(self.headers.get("X-Trino-User"))
        if "missing_table" in sql:
            self._send({"id": "q", "error": {"message": "Table does not exist"}})
            return
        host, port = self.server.server_address
        self._send({"id": "q", "nextUri": f"http://{host}:{port}/v1/statement/executing/q/1"})

    def do_GET(self):
        time.sleep(0.01)
        self._send({"id": "q", "data": [[1]], "stats": {"state": "FINISHED"}})


class Server(ThreadingHTTPServer):
    # Room for every concurrent connection (the default backlog of 5 drops SYNs: 1 s retries).
    request_queue_size = 128


class LoadTestTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = Server(("127.0.0.1", 0), FakeTrino)
        cls.thread = threading.Thread(target=cls.server.serve_forever, daemon=True)
        cls.thread.start()
        host, port = cls.server.server_address
        cls.env = {
            "AIRFLOW_CONN_TRINO_DEFAULT": json.dumps({"conn_type": "trino", "host": host, "port": port, "login": "airflow", "extra": {"protocol": "http"}}),
            "LOADTEST_CONCURRENCY": "10",
            "LOADTEST_QUERIES": "40",
        }

    @classmethod
    def tearDownClass(cls):
        cls.server.shutdown()
        cls.server.server_close()

    def run_script(self, sql):
        saved = dict(os.environ)
        os.environ.update(self.env, LOADTEST_SQL=sql)
        out = io.StringIO()
        try:
            with redirect_stdout(out):
                code = trino_loadtest.main()
        finally:
            os.environ.clear()
            os.environ.update(saved)
        return code, out.getvalue()

    def test_reports_percentiles(self):
        code, out = self.run_script("SELECT count(*) FROM iceberg.bronze.test_table")
        self.assertEqual(code, 0, out)
        self.assertIn("completed=40 failed=0", out)
        for label in ("p50=", "p95=", "p99="):
            self.assertIn(label, out)
        self.assertEqual(set(FakeTrino.seen_users), {"airflow"})

    def test_the_password_never_goes_over_plain_http(self):
        self.env["LAKEPLANE_TRINO_PASSWORD"] = "pw"
        try:
            code, out = self.run_script("SELECT 1")
        finally:
            del self.env["LAKEPLANE_TRINO_PASSWORD"]
        self.assertEqual(code, 1)
        self.assertIn("refusing to send the password of airflow to http://127.0.0.1:", out)

    def test_failures_are_counted_and_fail_the_job(self):
        code, out = self.run_script("SELECT * FROM missing_table")
        self.assertEqual(code, 1)
        self.assertIn("all 40 queries failed; first error: Table does not exist", out)


if __name__ == "__main__":
    unittest.main()
