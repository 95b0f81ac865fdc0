#!/usr/bin/env bash
# Install the Debian packages listed in deps/debian-packages.txt that are not installed yet.
# Fast when nothing is missing: one dpkg-query, no apt-get update.
# Uses sudo only when not root. Non-interactive (CI has no stdin).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
list="${1:-$here/deps/debian-packages.txt}"

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "deps: not a Debian system (no dpkg-query); install these by hand:" >&2
    sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$list" >&2
    exit 1
fi

mapfile -t wanted < <(sed -e 's/#.*//' -e 's/[[:space:]]//g' -e '/^$/d' "$list")

missing=()
for pkg in "${wanted[@]}"; do
    status="$(dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" 2>/dev/null || true)"
    # "ii " = installed and configured
    if [[ "$status" != ii* ]]; then
        missing+=("$pkg")
    fi
done

if ((${#missing[@]} == 0)); then
    echo "deps: all ${#wanted[@]} Debian packages are installed"
    exit 0
fi

echo "deps: installing ${#missing[@]} missing Debian package(s): ${missing[*]}"
sudo=()
if [[ "$(id -u)" != 0 ]]; then
    if command -v sudo >/dev/null 2>&1; then
        sudo=(sudo -n)
        # -n: never prompt on CI; locally fall back to a prompting sudo if a tty is there.
        if [[ -t 0 && -z "${CI:-}" ]]; then sudo=(sudo); fi
    else
        echo "deps: not root and no sudo; run as root: apt-get install ${missing[*]}" >&2
        exit 1
    fi
fi

export DEBIAN_FRONTEND=noninteractive
log="$(mktemp -t debian-deps.XXXXXX.log)"
# apt and dpkg are chatty even with -qq: keep their output in a log, show it only on failure.
if ! { "${sudo[@]}" apt-get update -qq && \
       "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"; } </dev/null >"$log" 2>&1; then
    cat "$log" >&2
    echo "deps: apt-get failed (log above, also in $log)" >&2
    exit 1
fi
rm -f "$log"
echo "deps: installed ${missing[*]}"
