#!/usr/bin/env bash
# Create or refresh the project's virtualenv (.venv) from requirements.txt + requirements-lock.txt.
# Idempotent: a stamp inside the venv holds a hash of both files and of the base Python; when it
# matches, nothing is done (takes well under a second). When it does not, the venv is rebuilt from
# scratch so that it never carries packages the files no longer name.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
PYTHON="${PYTHON:-python3}"
VENV="${VENV:-.venv}"
# .venv-class (make class-venv) has its own pair (requirements-class.txt, requirements-class-lock.txt).
REQUIREMENTS="${REQUIREMENTS:-requirements.txt}"
LOCK="${LOCK:-requirements-lock.txt}"
stamp="$VENV/.requirements-stamp"

if ! command -v "$PYTHON" >/dev/null 2>&1; then
    echo "venv: $PYTHON not found (run 'make deps')" >&2
    exit 1
fi

base="$("$PYTHON" -c 'import sys; print(sys.version.split()[0], sys.base_prefix)')"
key="$(cat "$REQUIREMENTS" "$LOCK" | sha256sum | cut -d' ' -f1) $base"

if [[ -f "$stamp" && "$(cat "$stamp")" == "$key" ]] && "$VENV/bin/python" -c '' 2>/dev/null; then
    echo "venv: $VENV is up to date (Python ${base%% *})"
    exit 0
fi

echo "venv: creating $VENV with $PYTHON (Python ${base%% *}); installing $REQUIREMENTS pinned by $LOCK"
rm -rf "$VENV"
"$PYTHON" -m venv "$VENV"
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1 PIP_PROGRESS_BAR=off
pip_version="$(sed -n 's/^pip==//p' "$REQUIREMENTS")"
"$VENV/bin/python" -m pip install -q "pip==${pip_version}"
"$VENV/bin/python" -m pip install -q -r "$REQUIREMENTS" -c "$LOCK"
"$VENV/bin/python" -m pip check >/dev/null || { "$VENV/bin/python" -m pip check >&2; exit 1; }
echo "$key" >"$stamp"
echo "venv: ready ($("$VENV/bin/python" -m pip list --format=freeze 2>/dev/null | wc -l) packages)"
