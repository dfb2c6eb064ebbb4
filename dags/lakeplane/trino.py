"""A small client of Trino's HTTP protocol (POST /v1/statement, then follow nextUri), so the
DAGs need no extra package in the Airflow image. Endpoint, user and the CA file to verify the
coordinator's certificate with come from the Airflow connection `trino_default`
(AIRFLOW_CONN_TRINO_DEFAULT); the service user's password from LAKEPLANE_TRINO_PASSWORD, which
the platform fills from its secret. Never from DAG code."""

from __future__ import annotations

import base64
import json
import os
import ssl
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from typing import Any


#: Environment variable with the service user's password (set by the platform from a secret).
PASSWORD_ENV = "LAKEPLANE_TRINO_PASSWORD"


class TrinoError(RuntimeError):
    """A query failed, or Trino could not be reached."""


@dataclass
class TrinoClient:
    base_url: str
    user: str
    catalog: str = "iceberg"
    schema: str | None = None
    password: str | None = None
    timeout: float = 60.0
    source: str = "lakeplane-airflow"
    headers: dict[str, str] = field(default_factory=dict)
    #: CA file to verify the coordinator with (the connection's `verify`); None: the system's.
    ca_file: str | None = None

    @classmethod
    def from_connection(cls, conn_id: str = "trino_default") -> "TrinoClient":
        try:
            from airflow.sdk import BaseHook  # Airflow 3
        except ImportError:  # pragma: no cover - Airflow 2
            from airflow.hooks.base import BaseHook
        conn = BaseHook.get_connection(conn_id)
        extra = conn.extra_dejson or {}
        protocol = extra.get("protocol", "https")
        verify = extra.get("verify")
        return cls(
            base_url=f"{protocol}://{conn.host}:{conn.port or 8443}",
            user=conn.login or "airflow",
            catalog=conn.schema or "iceberg",
            password=conn.password or os.environ.get(PASSWORD_ENV) or None,
            ca_file=verify if isinstance(verify, str) else None,
        )

    def _context(self) -> ssl.SSLContext | None:
        if not self.base_url.startswith("https://"):
            return None
        return ssl.create_default_context(cafile=self.ca_file)

    def _request(self, url: str, body: bytes | None) -> dict[str, Any]:
        headers = {"X-Trino-User": self.user, "X-Trino-Source": self.source, **self.headers}
        if self.catalog:
            headers["X-Trino-Catalog"] = self.catalog
        if self.schema:
            headers["X-Trino-Schema"] = self.schema
        if self.password:
            if not self.base_url.startswith("https://"):
                raise TrinoError(f"refusing to send the password of {self.user} to {self.base_url} over plain HTTP")
            token = base64.b64encode(f"{self.user}:{self.password}".encode()).decode()
            headers["Authorization"] = f"Basic {token}"
        context = self._context()
        for attempt in range(5):
            request = urllib.request.Request(url, data=body, headers=headers, method="POST" if body is not None else "GET")
            try:
                with urllib.request.urlopen(request, timeout=self.timeout, context=context) as response:
                    return json.loads(response.read().decode())
            except urllib.error.HTTPError as err:
                # 502/503/504: the coordinator is busy or restarting; the protocol says retry.
                if err.code in (502, 503, 504) and attempt < 4:
                    time.sleep(0.5 * (attempt + 1))
                    continue
                raise TrinoError(f"Trino at {self.base_url} answered HTTP {err.code}: {err.read()[:300]!r}") from err
            except (urllib.error.URLError, OSError) as err:
                raise TrinoError(f"Trino at {self.base_url} is unreachable: {err}") from err
        raise TrinoError(f"Trino at {self.base_url} kept answering 'busy'")

    def query(self, sql: str) -> list[list[Any]]:
        """Runs one statement to completion and returns every row."""
        rows: list[list[Any]] = []
        page = self._request(f"{self.base_url}/v1/statement", sql.encode())
        while True:
            rows.extend(collect_page(page))
            next_uri = page.get("nextUri")
            if not next_uri:
                return rows
            page = self._request(next_uri, None)


def collect_page(page: dict[str, Any]) -> list[list[Any]]:
    """The rows of one protocol page; raises TrinoError when the page carries an error."""
    error = page.get("error")
    if error:
        name = error.get("errorName", "ERROR")
        raise TrinoError(f"query {page.get('id', '?')} failed: {name}: {error.get('message', '')}")
    return list(page.get("data") or [])
