"""A class on one machine, end to end (issue 17, item 7): JupyterHub + nbgrader's exchange.

JupyterHub 6 on 127.0.0.1 with configurable-http-proxy from PyPI (a Python port; no Node.js) and the
dummy authenticator. The instructor (the user running the test) generates an assignment from
notebooks/1-tensor-basics.ipynb and releases it into an exchange folder. Through the hub, each learner
runs a Swift cell in a kernel of their own server (the kernel installed with `make install PREFIX=…`,
the server from `make class-venv`), fetches the assignment with nbgrader's server extension, and
submits it: one filled in with the solutions, one blank. The instructor collects and autogrades: full
marks and zero.

As root (CI), the learners are two Unix users the test creates, and the local process spawner runs each
server as its learner. Otherwise one learner, the user running the test, with the simple spawner (a home
of its own under the test's folder): nbgrader names a submission after the Unix user who submits it, so
the second, blank-submitting learner needs a second Unix user, and that test is skipped, saying so.
"""
from __future__ import annotations

import http.cookiejar
import json
import os
import pwd
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from dataclasses import dataclass
from pathlib import Path

import nbformat
import pytest

from conftest import (LOOPBACK, ROOT, create_user, free_port, kill_tree, record_figure, run_cells_over_websocket,
                      shared_folder, wait_until, which_venv)

COURSE = "swiftcourse"
ASSIGNMENT = "ps1"
NOTEBOOK = "1-tensor-basics.ipynb"
LEARNERS = ("swiftk-ada", "swiftk-alan")


class Hub:
    """A running JupyterHub and an admin service token."""

    def __init__(self, folder: Path, class_venv: Path, kernels: Path, learners: list["Account"], as_root: bool):
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
c.Authenticator.allowed_users = {set(a.name for a in learners)!r}
{spawner(folder, as_root)}
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
            [(reply, output)] = run_cells_over_websocket(self.base, self.token, kernel["id"], [code], username=self.name)
            assert reply["status"] == "ok", reply
            return output
        finally:
            self.request("DELETE", f"/api/kernels/{kernel['id']}")


def processes_of(uid: int) -> list[Path]:
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and entry.stat().st_uid == uid:
                found.append(entry)
        except OSError:
            continue
    return found


def cpu_ticks(process: Path) -> int | None:
    try:
        return sum(int(f) for f in (process / "stat").read_text().rsplit(")", 1)[1].split()[11:13])  # utime stime
    except OSError:
        return None


def usage_of_user(uid: int, seconds: float = 5) -> dict[str, float]:
    """PSS, RSS, USS and private dirty (MB) of every process of `uid` (see scripts/measure_kernel_memory.py),
    and the CPU they use over `seconds` (processes alive throughout: a kernel still exiting would count
    its whole life): a learner's single-user server, idle between kernels."""
    before = {p: cpu_ticks(p) for p in processes_of(uid)}
    time.sleep(seconds)
    after = {p: cpu_ticks(p) for p in processes_of(uid)}
    ticks = sum(after[p] - before[p] for p in after if after[p] is not None and before.get(p) is not None)
    total = {"pss_mb": 0.0, "rss_mb": 0.0, "uss_mb": 0.0, "dirty_mb": 0.0, "processes": 0,
             "idle_cpu_percent": ticks / os.sysconf("SC_CLK_TCK") / seconds * 100}
    keys = {"Pss": ["pss_mb"], "Rss": ["rss_mb"], "Private_Clean": ["uss_mb"], "Private_Dirty": ["uss_mb", "dirty_mb"]}
    for entry in after:
        try:
            for line in (entry / "smaps_rollup").read_text().splitlines():
                key, _, rest = line.partition(":")
                for name in keys.get(key, []):
                    total[name] += int(rest.split()[0]) / 1024
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


def spawner(folder: Path, as_root: bool) -> str:
    """The hub's spawner configuration: each server as its learner's Unix user (root), or as the hub's
    user with a home of its own (JupyterHub's simple spawner, for a run without root)."""
    if as_root:
        return 'c.JupyterHub.spawner_class = "localprocess"'
    return (f'c.JupyterHub.spawner_class = "simple"\n'
            f'c.SimpleLocalProcessSpawner.home_dir_template = "{folder}/home/{{username}}"')


@dataclass
class Account:
    name: str
    uid: int
    gid: int
    home: Path


def class_accounts(folder: Path) -> list[Account]:
    """The learners: two Unix users as root (kept between runs, like a class's accounts), else the user
    running the test alone, in a home under `folder` (where the simple spawner puts it)."""
    if os.geteuid() == 0:
        users = [create_user(name) for name in LEARNERS]
        return [Account(u.pw_name, u.pw_uid, u.pw_gid, Path(u.pw_dir)) for u in users]
    me = pwd.getpwuid(os.getuid())
    home = folder / "home" / me.pw_name
    home.mkdir(parents=True)
    return [Account(me.pw_name, me.pw_uid, me.pw_gid, home)]


def new_term(account: Account, exchange: Path) -> None:
    """A learner's nbgrader set-up (a class machine has it in /etc/jupyter), and no state from a previous
    run: no fetched assignment, no submission in nbgrader's cache (which lists it as submitted)."""
    config = account.home / ".jupyter"
    config.mkdir(exist_ok=True)
    (config / "nbgrader_config.py").write_text(
        f"c = get_config()\nc.Exchange.root = {str(exchange)!r}\nc.CourseDirectory.course_id = {COURSE!r}\n")
    for path in [config, config / "nbgrader_config.py"]:
        os.chown(path, account.uid, account.gid)
    for leftover in [account.home / ASSIGNMENT, account.home / ".local/share/jupyter/nbgrader_cache"]:
        subprocess.run(["rm", "-rf", str(leftover)], check=True)


@pytest.fixture(scope="module")
def graded_class() -> dict:
    """Runs the whole term once (release, fetch, submit, collect, autograde); the tests below check it."""
    with shared_folder() as folder:
        yield run_term(folder)


def run_term(folder: Path) -> dict:
    started = time.monotonic()
    as_root = os.geteuid() == 0
    accounts = class_accounts(folder)
    exchange = folder / "exchange"
    exchange.mkdir()
    exchange.chmod(0o777)
    for account in accounts:
        new_term(account, exchange)

    # The instructor's course: the assignment generated from the course notebook, then released.
    course = folder / "course"
    (course / "source" / ASSIGNMENT).mkdir(parents=True)
    (course / "source" / ASSIGNMENT / NOTEBOOK).write_bytes((ROOT / "notebooks" / NOTEBOOK).read_bytes())
    (course / "nbgrader_config.py").write_text(
        f"c = get_config()\nload_subconfig({str(ROOT / 'nbgrader_config.py')!r})\n"
        f"c.CourseDirectory.course_id = {COURSE!r}\nc.Exchange.root = {str(exchange)!r}\n"
        f"c.CourseDirectory.db_students = [{{'id': n}} for n in {[a.name for a in accounts]!r}]\n")
    nbgrader(course, "generate_assignment", ASSIGNMENT, "--force")
    nbgrader(course, "release_assignment", ASSIGNMENT, "--force")
    assert (exchange / COURSE / "outbound" / ASSIGNMENT / NOTEBOOK).is_file()

    # The learners' servers run from the class venv (a Python every user can run: `make class-venv`) and
    # find the kernel installed under a prefix, as on a class machine.
    class_venv = ROOT / os.environ.get("CLASS_VENV", ".venv-class")
    if not (class_venv / "bin" / "jupyterhub-singleuser").exists():
        pytest.fail(f"{class_venv} has no jupyterhub-singleuser: run `make class-venv` (make test-deploy does)")
    prefix = folder / "swift-kernel"
    subprocess.run(["make", "install", f"PREFIX={prefix}"], cwd=ROOT, check=True, capture_output=True)
    hub = Hub(folder, class_venv, prefix / "share" / "jupyter", accounts, as_root)
    try:
        learners = [Learner(hub, account.name) for account in accounts]
        for learner, account in zip(learners, accounts):
            learner.start_server()
            # The kernel runs in the learner's own server, as the learner.
            out = learner.run_cell("import Glibc\nprint(getuid(), sigmoid(Tensor([0.0]))[0])")
            assert out.split() == [str(account.uid), "0.5"], out
            learner.request("GET", "/api/status")  # sets the _xsrf cookie, if the server wants one
            status, listing = learner.request("GET", f"/assignments?course_id={COURSE}")
            assert status == 200 and listing["success"], (status, listing)
            assert [(a["assignment_id"], a["status"]) for a in listing["value"]] == [(ASSIGNMENT, "released")], listing
            status, body = learner.request("POST", "/assignments/fetch",
                                           form={"course_id": COURSE, "assignment_id": ASSIGNMENT})
            assert status == 200 and body["success"], (status, body)

        if as_root:  # the learner's processes alone (without root, the test's own share the uid)
            record_figure("singleuser_server_idle", usage_of_user(accounts[-1].uid))
        solver = learners[0]
        status, fetched = solver.request("GET", f"/api/contents/{ASSIGNMENT}/{NOTEBOOK}")
        assert status == 200, (status, fetched)
        notebook = filled_in(fetched["content"], ROOT / "notebooks" / NOTEBOOK)
        status, saved = solver.request("PUT", f"/api/contents/{ASSIGNMENT}/{NOTEBOOK}",
                                       {"type": "notebook", "format": "json", "content": notebook})
        assert status == 200, (status, saved)
        for learner in learners:  # the second one submits the assignment as fetched: blank
            status, body = learner.request("POST", "/assignments/submit",
                                           form={"course_id": COURSE, "assignment_id": ASSIGNMENT})
            assert status == 200 and body["success"], (status, body)
    finally:
        hub.stop()

    nbgrader(course, "collect", ASSIGNMENT)
    for account in accounts:
        assert (course / "submitted" / account.name / ASSIGNMENT / NOTEBOOK).is_file()
    nbgrader(course, "autograde", ASSIGNMENT, "--force")
    from nbgrader.api import Gradebook
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        submissions = {a.name: gradebook.find_submission(ASSIGNMENT, a.name) for a in accounts}
        result = {"scores": [submissions[a.name].score for a in accounts],
                  "max_score": submissions[accounts[0].name].max_score}
    record_figure("class_workflow_s", round(time.monotonic() - started, 1))
    return result


@pytest.mark.timeout(600)
def test_jupyterhub_class_completed_assignment_gets_full_marks(graded_class: dict):
    assert graded_class["max_score"] == 90
    assert graded_class["scores"][0] == 90, graded_class


def test_jupyterhub_class_blank_submission_of_a_second_learner_gets_zero(graded_class: dict):
    if len(graded_class["scores"]) < 2:
        pytest.skip("a second learner needs a second Unix user, which only root can create (nbgrader names "
                    "a submission after the Unix user who submits it); run `make test-deploy` as root")
    assert graded_class["scores"][1] == 0, graded_class
