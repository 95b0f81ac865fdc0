"""A class on one machine, end to end (issue 17, item 7): JupyterHub + nbgrader's exchange.

JupyterHub 6 on 127.0.0.1 with configurable-http-proxy from PyPI (a Python port; no Node.js), the
dummy authenticator and the local process spawner, which runs each learner's single-user server as the
learner's own Unix user (two users created by the test). The instructor (the user running the test)
generates an assignment from notebooks/1-tensor-basics.ipynb and releases it into an exchange folder.
Through the hub, each learner runs a Swift cell in a kernel of their own server (which must run as
them; the kernel installed with `make install PREFIX=…`, the server from `make class-venv`), fetches
the assignment with nbgrader's server extension, and submits it: one filled in with the
solutions, one blank. The instructor collects and autogrades: full marks and zero.
"""
from __future__ import annotations

import asyncio
import http.cookiejar
import json
import os
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

import nbformat
import pytest

from conftest import (LOOPBACK, ROOT, create_user, free_port, kill_tree, record_figure, require_root, shared_tmp,  # noqa: F401
                      wait_until, which_venv)

COURSE = "swiftcourse"
ASSIGNMENT = "ps1"
NOTEBOOK = "1-tensor-basics.ipynb"
LEARNERS = ("swiftk-ada", "swiftk-alan")


class Hub:
    """A running JupyterHub and an admin service token."""

    def __init__(self, folder: Path, class_venv: Path, kernels: Path):
        self.folder = folder
        self.port, self.hub_port, self.api_port = free_port(), free_port(), free_port()
        self.url = f"http://{LOOPBACK}:{self.port}"
        self.token = uuid.uuid4().hex
        venv = Path(which_venv("jupyterhub")).parent
        config = folder / "jupyterhub_config.py"
        config.write_text(f"""
c = get_config()
c.JupyterHub.ip = {LOOPBACK!r}
c.JupyterHub.port = {self.port}
c.JupyterHub.hub_ip = {LOOPBACK!r}
c.JupyterHub.hub_port = {self.hub_port}
c.JupyterHub.db_url = "sqlite:///{folder}/jupyterhub.sqlite"
c.JupyterHub.cookie_secret_file = "{folder}/cookie_secret"
c.ConfigurableHTTPProxy.api_url = "http://{LOOPBACK}:{self.api_port}"
c.ConfigurableHTTPProxy.command = ["{venv}/configurable-http-proxy"]
c.ConfigurableHTTPProxy.auth_token = {uuid.uuid4().hex!r}
c.JupyterHub.authenticator_class = "dummy"
c.Authenticator.allowed_users = {set(LEARNERS)!r}
c.JupyterHub.spawner_class = "localprocess"
c.Spawner.cmd = ["{class_venv}/bin/jupyterhub-singleuser"]
c.Spawner.environment = {{"PATH": "/opt/swift/usr/bin:{class_venv}/bin:/usr/bin:/bin", "JUPYTER_PATH": "{kernels}"}}
c.Spawner.start_timeout = 120
c.Spawner.http_timeout = 120
c.JupyterHub.services = [{{"name": "course-admin", "api_token": {self.token!r}}}]
c.JupyterHub.load_roles = [{{"name": "course-admin", "services": ["course-admin"],
                            "scopes": ["admin:users", "admin:servers", "tokens", "access:servers"]}}]
""")
        self.log = open(folder / "jupyterhub.log", "w")
        self.process = subprocess.Popen([which_venv("jupyterhub"), "-f", str(config)], cwd=folder,
                                        stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)
        wait_until(lambda: self.process.poll() is None and self.api("GET", "/hub/api/")[0] == 200, 90, 0.5,
                   "JupyterHub answering on 127.0.0.1")

    def api(self, method: str, path: str, body=None, token: str | None = None) -> tuple[int, object]:
        request = urllib.request.Request(self.url + path, method=method,
                                         data=json.dumps(body).encode() if body is not None else None)
        request.add_header("Authorization", f"token {token or self.token}")
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                text, status = response.read().decode(), response.status
        except urllib.error.HTTPError as error:
            text, status = error.read().decode(errors="replace"), error.code
        except OSError:
            return 0, None
        try:
            return status, json.loads(text) if text else None
        except json.JSONDecodeError:
            return status, text

    def stop(self) -> None:
        kill_tree(self.process)
        self.log.close()
        # Shown by pytest when the test fails.
        print("--- jupyterhub.log (end) ---\n" + (self.folder / "jupyterhub.log").read_text()[-6000:])


class Learner:
    """A learner's single-user server, reached through the hub's proxy with the learner's own token."""

    def __init__(self, hub: Hub, name: str):
        self.hub, self.name = hub, name
        status, body = hub.api("POST", f"/hub/api/users/{name}/tokens", {"note": "class workflow test"})
        assert status in (200, 201), (status, body)
        self.token = body["token"]
        self.base = f"{hub.url}/user/{name}"
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies))

    def start_server(self) -> None:
        status, body = self.hub.api("POST", f"/hub/api/users/{self.name}/server")
        assert status in (201, 202), (status, body)
        wait_until(lambda: (self.hub.api("GET", f"/hub/api/users/{self.name}")[1] or {}).get("servers", {})
                   .get("", {}).get("ready"), 120, 0.5, f"{self.name}'s server ready")

    def request(self, method: str, path: str, body=None, form: dict | None = None) -> tuple[int, object]:
        data = None
        request = urllib.request.Request(self.base + path, method=method)
        if form is not None:
            data = urllib.parse.urlencode(form).encode()
            request.add_header("Content-Type", "application/x-www-form-urlencoded")
        elif body is not None:
            data = json.dumps(body).encode()
            request.add_header("Content-Type", "application/json")
        request.data = data
        request.add_header("Authorization", f"token {self.token}")
        xsrf = next((c.value for c in self.cookies if c.name == "_xsrf"), None)
        if xsrf:
            request.add_header("X-XSRFToken", xsrf)
        try:
            with self.opener.open(request, timeout=300) as response:
                text, status = response.read().decode(), response.status
        except urllib.error.HTTPError as error:
            text, status = error.read().decode(errors="replace"), error.code
        try:
            return status, json.loads(text) if text else None
        except json.JSONDecodeError:
            return status, text

    def run_cell(self, code: str) -> str:
        """Runs `code` in a new Swift kernel of this learner's server (REST + the kernel websocket)."""
        status, kernel = self.request("POST", "/api/kernels", {"name": "swift"})
        assert status == 201, (status, kernel)
        try:
            return asyncio.run(self._execute(kernel["id"], code))
        finally:
            self.request("DELETE", f"/api/kernels/{kernel['id']}")

    async def _execute(self, kernel_id: str, code: str) -> str:
        from tornado.httpclient import HTTPRequest
        from tornado.websocket import websocket_connect

        url = self.base.replace("http://", "ws://") + f"/api/kernels/{kernel_id}/channels"
        ws = await websocket_connect(HTTPRequest(url, headers={"Authorization": f"token {self.token}"}))
        msg_id = uuid.uuid4().hex
        ws.write_message(json.dumps({
            "header": {"msg_id": msg_id, "msg_type": "execute_request", "username": self.name, "session": uuid.uuid4().hex,
                       "version": "5.3", "date": ""},
            "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
            "content": {"code": code, "silent": False, "store_history": True, "user_expressions": {},
                        "allow_stdin": False, "stop_on_error": True}}))
        output, replied, idle = [], None, False
        deadline = time.monotonic() + 180
        while not (replied and idle):
            message = await asyncio.wait_for(ws.read_message(), timeout=max(1, deadline - time.monotonic()))
            assert message is not None, "the kernel websocket closed"
            message = json.loads(message)
            if message.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            kind = message["msg_type"]
            if kind == "stream":
                output.append(message["content"]["text"])
            elif kind == "execute_reply":
                replied = message["content"]
            elif kind == "status" and message["content"]["execution_state"] == "idle":
                idle = True
        ws.close()
        assert replied["status"] == "ok", replied
        return "".join(output)


def memory_of_user(uid: int) -> dict[str, float]:
    """PSS and RSS (MB) of every process of `uid`: a learner's single-user server, between kernels."""
    total = {"pss_mb": 0.0, "rss_mb": 0.0, "processes": 0}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if entry.stat().st_uid != uid:
                continue
            for line in (entry / "smaps_rollup").read_text().splitlines():
                key, _, rest = line.partition(":")
                if key in ("Pss", "Rss"):
                    total[key.lower() + "_mb"] += int(rest.split()[0]) / 1024
            total["processes"] += 1
        except OSError:
            continue
    return {k: round(v, 1) for k, v in total.items()}


def nbgrader(course: Path, *args: str) -> str:
    env = dict(os.environ, PATH=f"{Path(which_venv('nbgrader')).parent}:{os.environ['PATH']}")
    result = subprocess.run([which_venv("nbgrader"), *args], cwd=course, env=env, capture_output=True, text=True,
                            timeout=600)
    assert result.returncode == 0, f"nbgrader {' '.join(args)}:\n{result.stdout}\n{result.stderr}"
    return result.stdout + result.stderr


def filled_in(released: dict, solutions: Path) -> dict:
    """The released notebook with each solution cell replaced by the course notebook's (same grade_id)."""
    source = nbformat.read(solutions, as_version=4)
    answers = {c.metadata["nbgrader"]["grade_id"]: c.source for c in source.cells
               if c.metadata.get("nbgrader", {}).get("solution")}
    notebook = nbformat.from_dict(released)
    filled = 0
    for cell in notebook.cells:
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        if cell.metadata.get("nbgrader", {}).get("solution") and grade_id in answers:
            cell.source = answers[grade_id]
            filled += 1
    assert filled >= 8, f"only {filled} solution cells matched"
    return notebook


@pytest.mark.timeout(600)
def test_jupyterhub_class_releases_fetches_submits_collects_and_autogrades(shared_tmp: Path):
    require_root("JupyterHub's local spawner (servers run as the learners' Unix users)")
    started = time.monotonic()
    users = {name: create_user(name) for name in LEARNERS}
    exchange = shared_tmp / "exchange"
    exchange.mkdir()
    exchange.chmod(0o777)
    for user in users.values():
        # Each learner's nbgrader knows the course and the exchange (a class machine: /etc/jupyter).
        config = Path(user.pw_dir) / ".jupyter"
        config.mkdir(exist_ok=True)
        (config / "nbgrader_config.py").write_text(
            f"c = get_config()\nc.Exchange.root = {str(exchange)!r}\nc.CourseDirectory.course_id = {COURSE!r}\n")
        for path in [config, config / "nbgrader_config.py"]:
            os.chown(path, user.pw_uid, user.pw_gid)
        subprocess.run(["rm", "-rf", f"{user.pw_dir}/{ASSIGNMENT}"], check=True)  # a previous run's fetch

    # The instructor's course: the assignment generated from the course notebook, then released.
    course = shared_tmp / "course"
    (course / "source" / ASSIGNMENT).mkdir(parents=True)
    (course / "source" / ASSIGNMENT / NOTEBOOK).write_bytes((ROOT / "notebooks" / NOTEBOOK).read_bytes())
    (course / "nbgrader_config.py").write_text(
        f"c = get_config()\nload_subconfig({str(ROOT / 'nbgrader_config.py')!r})\n"
        f"c.CourseDirectory.course_id = {COURSE!r}\nc.Exchange.root = {str(exchange)!r}\n"
        f"c.CourseDirectory.db_students = [{{'id': n}} for n in {list(LEARNERS)!r}]\n")
    nbgrader(course, "generate_assignment", ASSIGNMENT, "--force")
    nbgrader(course, "release_assignment", ASSIGNMENT, "--force")
    assert (exchange / COURSE / "outbound" / ASSIGNMENT / NOTEBOOK).is_file()

    # The learners' servers run from the class venv (a Python every user can run: `make class-venv`) and
    # find the kernel installed under a prefix, as on a class machine.
    class_venv = ROOT / os.environ.get("CLASS_VENV", ".venv-class")
    if not (class_venv / "bin" / "jupyterhub-singleuser").exists():
        pytest.fail(f"{class_venv} has no jupyterhub-singleuser: run `make class-venv` (make test-deploy does)")
    prefix = shared_tmp / "swift-kernel"
    subprocess.run(["make", "install", f"PREFIX={prefix}"], cwd=ROOT, check=True, capture_output=True)
    hub = Hub(shared_tmp, class_venv, prefix / "share" / "jupyter")
    try:
        learners = [Learner(hub, name) for name in LEARNERS]
        for learner in learners:
            learner.start_server()
            # The kernel runs in the learner's own server, as the learner.
            out = learner.run_cell("import Glibc\nprint(getuid(), sigmoid(Tensor([0.0]))[0])")
            assert out.split() == [str(users[learner.name].pw_uid), "0.5"], out
            learner.request("GET", "/api/status")  # sets the _xsrf cookie, if the server wants one
            status, listing = learner.request("GET", f"/assignments?course_id={COURSE}")
            assert status == 200 and listing["success"], (status, listing)
            assert [a["assignment_id"] for a in listing["value"]] == [ASSIGNMENT], listing
            status, body = learner.request("POST", "/assignments/fetch",
                                           form={"course_id": COURSE, "assignment_id": ASSIGNMENT})
            assert status == 200 and body["success"], (status, body)

        record_figure("singleuser_server_idle", memory_of_user(users[LEARNERS[1]].pw_uid))
        solver, blank = learners
        status, fetched = solver.request("GET", f"/api/contents/{ASSIGNMENT}/{NOTEBOOK}")
        assert status == 200, (status, fetched)
        notebook = filled_in(fetched["content"], ROOT / "notebooks" / NOTEBOOK)
        status, saved = solver.request("PUT", f"/api/contents/{ASSIGNMENT}/{NOTEBOOK}",
                                       {"type": "notebook", "format": "json", "content": notebook})
        assert status == 200, (status, saved)
        for learner in learners:
            status, body = learner.request("POST", "/assignments/submit",
                                           form={"course_id": COURSE, "assignment_id": ASSIGNMENT})
            assert status == 200 and body["success"], (status, body)
    finally:
        hub.stop()

    nbgrader(course, "collect", ASSIGNMENT)
    for name in LEARNERS:
        assert (course / "submitted" / name / ASSIGNMENT / NOTEBOOK).is_file()
    nbgrader(course, "autograde", ASSIGNMENT, "--force")
    from nbgrader.api import Gradebook
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        scores = {n: gradebook.find_submission(ASSIGNMENT, n).score for n in LEARNERS}
        max_score = gradebook.find_submission(ASSIGNMENT, LEARNERS[0]).max_score
    assert max_score == 80
    assert scores == {LEARNERS[0]: 80, LEARNERS[1]: 0}
    record_figure("class_workflow_s", round(time.monotonic() - started, 1))
