"""Talk to a running class hub the way its users do: log in on the Hub's page (PAM), get a token, start
a server, use the server's nbgrader endpoints (Assignment List) and the formgrader service's API."""
from __future__ import annotations

import json
import time
from pathlib import Path

import requests

REPO = Path(__file__).resolve().parents[2]
ASSIGNMENT = "week4_dynamodb"
# Kept between runs (rebuilt only when the requirements or the course package change), outside the clone:
# every test user must be able to run it, wherever the repository lives.
HUB_VENV = Path("/var/tmp/dva-c02-hub-test-venv")


class HubUser:
    def __init__(self, base: str, name: str, password: str, course_id: str = "dva-c02"):
        self.base, self.name, self.course_id = base, name, course_id
        self.session = requests.Session()
        self.session.get(f"{base}/hub/login", timeout=30).raise_for_status()
        xsrf = self.session.cookies.get("_xsrf")
        reply = self.session.post(f"{base}/hub/login", data={"username": name, "password": password, "_xsrf": xsrf},
                                  allow_redirects=False, timeout=30)
        assert reply.status_code == 302, f"login of {name} refused: {reply.status_code}"
        reply = self.session.post(f"{base}/hub/api/users/{name}/tokens", json={"note": "test", "expires_in": 3600},
                                  headers={"X-XSRFToken": self.session.cookies.get("_xsrf")}, timeout=30)
        reply.raise_for_status()
        self.token = reply.json()["token"]
        self.api = requests.Session()
        self.api.headers["Authorization"] = f"token {self.token}"

    # -- the user's own server ----------------------------------------------------------------------
    @property
    def server(self) -> str:
        return f"{self.base}/user/{self.name}"

    def start_server(self, timeout: float = 90) -> float:
        t0 = time.monotonic()
        reply = self.api.post(f"{self.base}/hub/api/users/{self.name}/server", timeout=30)
        assert reply.status_code in (201, 202, 400), reply.text  # 400: already running
        while time.monotonic() - t0 < timeout:
            user = self.api.get(f"{self.base}/hub/api/users/{self.name}", timeout=30).json()
            server = user.get("servers", {}).get("", {})
            if server.get("ready"):
                return time.monotonic() - t0
            time.sleep(0.5)
        raise AssertionError(f"server of {self.name} not ready after {timeout} s")

    def assignments(self, action: str | None = None, assignment: str | None = None):
        if action is None:
            reply = self.api.get(f"{self.server}/assignments", params={"course_id": self.course_id}, timeout=60)
        else:
            reply = self.api.post(f"{self.server}/assignments/{action}",
                                  data={"course_id": self.course_id, "assignment_id": assignment}, timeout=120)
        reply.raise_for_status()
        return reply.json()

    def get_notebook(self, path: str) -> dict:
        reply = self.api.get(f"{self.server}/api/contents/{path}", params={"content": 1}, timeout=60)
        reply.raise_for_status()
        return reply.json()["content"]

    def put_notebook(self, path: str, notebook: dict) -> None:
        reply = self.api.put(f"{self.server}/api/contents/{path}",
                             json={"type": "notebook", "format": "json", "content": notebook}, timeout=60)
        reply.raise_for_status()

    def list_dir(self, path: str) -> list[str]:
        reply = self.api.get(f"{self.server}/api/contents/{path}", timeout=60)
        if reply.status_code == 404:
            return []
        reply.raise_for_status()
        return [item["name"] for item in reply.json()["content"]]

    # -- the formgrader service (instructor only) ----------------------------------------------------
    @property
    def formgrader(self) -> str:
        return f"{self.base}/services/{self.course_id}/formgrader"

    def formgrader_call(self, method: str, path: str, **kwargs):
        reply = self.api.request(method, f"{self.formgrader}/api/{path}", timeout=300, **kwargs)
        reply.raise_for_status()
        return json.loads(reply.text) if reply.text else None
