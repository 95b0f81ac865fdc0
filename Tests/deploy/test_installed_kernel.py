"""An install that stands on its own, for every user of a class machine (issue 17, items 4 and 5).

- `make install PREFIX=…` puts binaries, prelude, modules, module maps and kernelspec under the prefix,
  world-readable. The kernel then runs cells (NeuralNet on OpenBLAS, the gzip'd Fashion-MNIST, the vector
  math: every C module the prelude imports) with the clone's `.build` and `Sources` hidden (a private
  mount namespace with empty folders over them: what `make clean` or a moved clone leaves), from another
  working directory, as another Unix user, whose logs, module cache and work folder are in that user's
  own directories.
- `make deb` builds a package that `apt-get install ./dist/swift-kernel_*.deb` installs, after which
  every Jupyter on the machine finds the `swift` kernel in /usr/share/jupyter/kernels.
"""
from __future__ import annotations

import json
import os
import pwd
import stat
import subprocess
from pathlib import Path

import pytest
from jupyter_client import BlockingKernelClient
from jupyter_client.connect import write_connection_file
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager

from conftest import ROOT, create_user, kill_tree, record_figure, require_root, shared_tmp, user_env, wait_until  # noqa: F401

# Touches every C module the prelude's modules import: CBLAS (dot), CZlib (the .gz data set),
# CVectorMath (exp), and prints who runs it.
CELL = """
import Glibc
let a: Tensor = [[1.0, 2.0], [3.0, 4.0]]
let (images, labels) = try FashionMNIST.load(split: .test)
print(dot(a, a)[1, 1], images.shape, labels.count, exp(Tensor([0.0]))[0], getuid())
"""


def run_cell(kc, code: str = CELL) -> str:
    out: list[str] = []
    reply = kc.execute_interactive(code, timeout=180, output_hook=lambda m: out.append(m["content"].get("text", ""))
                                   if m["msg_type"] == "stream" else None)
    errors = reply["content"].get("traceback") or reply["content"].get("evalue")
    assert reply["content"]["status"] == "ok", f"{reply['content'].get('ename')}: {errors}"
    return "".join(out)


def owner_uid(path: Path) -> int | None:
    """The owner's uid; None for an entry gone meanwhile (the shared /tmp changes under other users)."""
    try:
        return path.lstat().st_uid
    except FileNotFoundError:
        return None


def assert_world_readable(tree: Path) -> None:
    for path in [tree, *tree.rglob("*")]:
        mode = path.lstat().st_mode
        if stat.S_ISLNK(mode):
            continue
        want = 0o005 if stat.S_ISDIR(mode) or mode & 0o100 else 0o004
        assert mode & want == want, f"{path} is not world-readable: {oct(mode & 0o777)}"


def test_prefix_install_runs_cells_for_another_user_without_the_clone(shared_tmp: Path):
    prefix = shared_tmp / "swift-kernel"
    subprocess.run(["make", "install", f"PREFIX={prefix}"], cwd=ROOT, check=True, capture_output=True, text=True)
    lib = prefix / "lib" / "swift-kernel"
    for name in ["swift-kernel", "swift-cell-executor", "libNotebookPrelude.so",
                 "Modules/NeuralNet.swiftmodule", "Modules/NotebookRuntime.swiftmodule",
                 "ModuleMaps/CBLAS/module.modulemap", "ModuleMaps/CZlib/module.modulemap",
                 "ModuleMaps/CVectorMath/module.modulemap", "ModuleMaps/CVectorMath/include/VectorMath.h",
                 "ModuleMaps/CMatrixKernels/module.modulemap", "ModuleMaps/CMatrixKernels/include/ThinProducts.h"]:
        assert (lib / name).is_file(), f"{lib / name} not installed"
    spec = json.loads((prefix / "share/jupyter/kernels/swift/kernel.json").read_text())
    assert spec["argv"][0] == str(lib / "swift-kernel")
    assert_world_readable(prefix)
    record_figure("installed_tree_mb", round(sum(p.stat().st_size for p in prefix.rglob("*") if p.is_file()) / 2**20, 1))

    require_root("running the installed kernel as another user, with the clone hidden")
    learner = create_user("swiftk-learner")
    connection = shared_tmp / "kernel.json"
    write_connection_file(str(connection), ip="127.0.0.1", key=os.urandom(16).hex().encode())
    os.chown(connection, learner.pw_uid, learner.pw_gid)
    argv = [a.replace("{connection_file}", str(connection)) for a in spec["argv"]]
    # JPY_PARENT_PID names this test, not the kernel's parent (runuser): the kernel then watches the parent
    # it started with, and goes when the test kills runuser, as after a launcher's death.
    env = user_env(learner, **spec.get("env", {}), JPY_PARENT_PID=str(os.getpid()))
    hide = " && ".join(f"mount -t tmpfs none {ROOT / d}" for d in (".build", "Sources"))
    # A private mount namespace: only this kernel sees the clone's build and sources as empty.
    command = ["unshare", "--mount", "sh", "-c", f'{hide} && cd / && exec runuser -u {learner.pw_name} -- env -i "$@"',
               "sh", *[f"{k}={v}" for k, v in env.items()], *argv]
    log = open(shared_tmp / "kernel.log", "w")
    kernel = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    kc = BlockingKernelClient(connection_file=str(connection))
    kc.load_connection_file()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=120)
        out = run_cell(kc)
        assert out.split()[-1] == str(learner.pw_uid), out
        assert out.split()[:2] == ["22.0", "[10000,"], out

        # Per-user state (item 4): everything in the learner's own folders, private, nothing shared.
        home = Path(learner.pw_dir)
        for folder in [home / ".cache/swift-kernel/ModuleCache", home / ".local/state/swift-kernel/logs"]:
            info = folder.stat()
            assert info.st_uid == learner.pw_uid and info.st_mode & 0o777 == 0o700, (folder, oct(info.st_mode))
        work = [p for p in (home / "tmp").iterdir() if p.name.startswith("swift-kernel-")]
        assert work and all(p.stat().st_uid == learner.pw_uid and p.stat().st_mode & 0o777 == 0o700 for p in work), work
        shared = [p for p in Path("/tmp").iterdir() if p.name.startswith("swift-kernel") and owner_uid(p) == learner.pw_uid]
        assert not shared, f"the learner's kernel wrote to the shared /tmp: {shared}"
        kc.shutdown()
        wait_until(lambda: kernel.poll() is not None, 30, what="kernel exit after shutdown_request")
    finally:
        kc.stop_channels()
        if kernel.poll() is None:
            kill_tree(kernel)
        log.close()
    print((shared_tmp / "kernel.log").read_text()[-2000:])


def test_deb_installs_with_apt_and_serves_every_jupyter():
    require_root("installing a Debian package")
    debs = sorted((ROOT / "dist").glob("swift-kernel_*_amd64.deb"))
    assert len(debs) == 1, f"run `make deb` first (make test-deploy does): {debs}"
    deb = debs[0]
    fields = subprocess.run(["dpkg-deb", "--field", str(deb), "Depends"], capture_output=True, text=True, check=True).stdout
    for dependency in ["libzmq5", "libopenblas-dev", "zlib1g-dev", "dataset-fashion-mnist"]:
        assert dependency in fields, fields
    record_figure("deb_size_mb", round(deb.stat().st_size / 2**20, 1))
    # The same command as the Dockerfile's.
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "install", "-y", "--no-install-recommends", f"./{deb.relative_to(ROOT)}"],
                   cwd=ROOT, env=env, check=True, capture_output=True, text=True)
    try:
        ksm = KernelSpecManager(kernel_dirs=["/usr/share/jupyter/kernels"])
        km = KernelManager(kernel_name="swift", kernel_spec_manager=ksm)
        assert km.kernel_spec.argv[0] == "/opt/swift-kernel/lib/swift-kernel/swift-kernel"
        km.start_kernel(cwd="/")
        kc = km.client()
        kc.start_channels()
        try:
            kc.wait_for_ready(timeout=120)
            assert run_cell(kc).split()[:2] == ["22.0", "[10000,"]
        finally:
            kc.stop_channels()
            km.shutdown_kernel(now=False)
    finally:
        subprocess.run(["apt-get", "remove", "-y", "swift-kernel"], env=env, check=True, capture_output=True)
    assert not Path("/opt/swift-kernel/lib/swift-kernel").exists()
