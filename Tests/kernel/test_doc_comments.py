"""Every public symbol of the modules preloaded in every cell has a doc comment (the kernel shows
them on Shift-Tab): scripts/check_doc_comments.py must find none missing."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_public_symbol_has_a_doc_comment() -> None:
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "check_doc_comments.py")],
                         cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "0 public declaration(s) without a doc comment" in run.stderr


def test_the_checker_reports_a_missing_comment(tmp_path: Path) -> None:
    (tmp_path / "Example.swift").write_text("/// Documented.\npublic func documented() {}\n\npublic func bare() {}\n")
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "check_doc_comments.py"), str(tmp_path)],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 1
    assert "bare" in run.stdout and "documented" not in run.stdout
