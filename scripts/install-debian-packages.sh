#!/usr/bin/env bash
# Installs the Debian packages named in deps/debian-packages.txt that are missing; instant when none are.
set -euo pipefail
list="$(dirname "$0")/../deps/debian-packages.txt"
missing=()
while read -r package; do
    [[ -z "$package" || "$package" == \#* ]] && continue
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done < "$list"
if [[ ${#missing[@]} -eq 0 ]]; then
    echo "Debian packages: all present"
    exit 0
fi
sudo=""
[[ $(id -u) -eq 0 ]] || sudo="sudo"
echo "Debian packages: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
