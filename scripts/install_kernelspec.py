#!/usr/bin/env python3
"""Install the `swift` Jupyter kernelspec.

Renders kernelspec/kernel.json.in with the absolute path of the built `swift-kernel` binary,
copies the logos next to it and runs `jupyter kernelspec install` (the `jupyter` that sits next
to the running Python, i.e. the venv's when run as `.venv/bin/python scripts/install_kernelspec.py`).

    python scripts/install_kernelspec.py --kernel .build/release/swift-kernel [--sys-prefix|--user]

The kernel finds `swift-cell-executor` and `libNotebookPrelude.so` next to its own binary, so the
argv carries only the connection file. `--allow-missing` installs even if the binary is not there
(for testing the install step itself).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC_DIR = ROOT / "kernelspec"
RESOURCES = ("logo-32x32.png", "logo-64x64.png", "logo-svg.svg")


def render(kernel: Path, log_level: str) -> dict:
    spec = json.loads((SPEC_DIR / "kernel.json.in").read_text())
    spec["argv"] = [str(kernel) if a == "@SWIFT_KERNEL@" else a for a in spec["argv"]]
    env = spec.setdefault("env", {})
    if log_level:
        env["SWIFT_KERNEL_LOG_LEVEL"] = log_level
    else:
        env.pop("SWIFT_KERNEL_LOG_LEVEL", None)
    if not env:
        del spec["env"]
    leftover = [a for a in spec["argv"] if "@" in a]
    if leftover:
        raise SystemExit(f"kernelspec: unreplaced placeholders in argv: {leftover}")
    return spec


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kernel", required=True, type=Path, help="path of the swift-kernel binary")
    ap.add_argument("--name", default="swift", help="kernelspec name (default: swift)")
    scope = ap.add_mutually_exclusive_group()
    scope.add_argument("--sys-prefix", dest="scope", action="store_const", const="--sys-prefix",
                       help="install into this Python's prefix (the venv; default)")
    scope.add_argument("--user", dest="scope", action="store_const", const="--user",
                       help="install into ~/.local/share/jupyter")
    ap.add_argument("--log-level", default=os.environ.get("SWIFT_KERNEL_LOG_LEVEL", "info"),
                    help="SWIFT_KERNEL_LOG_LEVEL put in the kernelspec env ('' for none)")
    ap.add_argument("--allow-missing", action="store_true", help="do not require the binary to exist")
    ap.add_argument("--render-to", type=Path, metavar="DIR",
                    help="write kernel.json and the logos into DIR instead of running `jupyter kernelspec "
                         "install` (an install under a prefix, or a package's staging tree)")
    args = ap.parse_args()

    if args.render_to:
        kernel = args.kernel if args.kernel.is_absolute() else args.kernel.absolute()
        args.render_to.mkdir(parents=True, exist_ok=True)
        (args.render_to / "kernel.json").write_text(json.dumps(render(kernel, args.log_level), indent=2) + "\n")
        for name in RESOURCES:
            if (SPEC_DIR / name).exists():
                shutil.copy(SPEC_DIR / name, args.render_to / name)
        print(f"kernelspec: '{args.name}' written to {args.render_to} (argv {kernel})")
        return 0

    kernel = args.kernel.absolute()
    if not kernel.is_file() and not args.allow_missing:
        print(f"kernelspec: {kernel} does not exist; run 'make build' first", file=sys.stderr)
        return 1
    if kernel.is_file() and not os.access(kernel, os.X_OK):
        print(f"kernelspec: {kernel} is not executable", file=sys.stderr)
        return 1

    spec = render(kernel, args.log_level)
    jupyter = Path(sys.executable).with_name("jupyter")
    if not jupyter.exists():
        jupyter_cmd = [sys.executable, "-m", "jupyter"]
    else:
        jupyter_cmd = [str(jupyter)]

    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / args.name
        staged.mkdir()
        (staged / "kernel.json").write_text(json.dumps(spec, indent=2) + "\n")
        for name in RESOURCES:
            src = SPEC_DIR / name
            if src.exists():
                shutil.copy(src, staged / name)
            else:
                print(f"kernelspec: warning: {src} missing (run 'make logos')", file=sys.stderr)
        cmd = jupyter_cmd + ["kernelspec", "install", args.scope or "--sys-prefix",
                             "--name", args.name, str(staged)]
        res = subprocess.run(cmd, capture_output=True, text=True)
        if res.returncode != 0:
            sys.stderr.write(res.stdout + res.stderr)
            return res.returncode

    # Read it back through jupyter_client, the way the notebook server and the tests will find it.
    try:
        from jupyter_client.kernelspec import KernelSpecManager
        installed = KernelSpecManager().get_kernel_spec(args.name)
        where = installed.resource_dir
    except Exception as exc:  # pragma: no cover - diagnostic only
        print(f"kernelspec: installed, but this Python cannot find it: {exc}", file=sys.stderr)
        return 1
    print(f"kernelspec: '{args.name}' installed in {where}")
    print(f"kernelspec: argv = {json.dumps(installed.argv)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
