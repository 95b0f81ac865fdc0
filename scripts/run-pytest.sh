#!/usr/bin/env bash
# Run the Python kernel tests with the venv's pytest. pytest's exit code 5 ("no tests collected")
# is turned into a loud failure: an empty run must never look like a pass.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
VENV="${VENV:-.venv}"

# PYTEST_SUITE: Tests/kernel (make test), Tests/deploy (make test-deploy).
"$VENV/bin/python" -m pytest "${PYTEST_SUITE:-Tests/kernel}" "$@"
rc=$?
if [[ $rc == 5 ]]; then
    echo "pytest: ERROR: no tests were collected or selected (exit code 5); treating as a failure" >&2
    exit 1
fi
exit $rc
