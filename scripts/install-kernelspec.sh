#!/usr/bin/env bash
# Registers the `swift` kernelspec in the project's virtual environment, pointing at the release build.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/.build/release"
spec="$(mktemp -d)/swift"
mkdir -p "$spec"
cp "$root"/kernelspec/logo-* "$spec"/ 2>/dev/null || true
sed -e "s|@KERNEL@|$build/swift-kernel|" "$root/kernelspec/kernel.json.in" > "$spec/kernel.json"
"$root/.venv/bin/jupyter" kernelspec install --sys-prefix --name swift "$spec" > /dev/null
echo "kernelspec swift installed: $(cat "$spec/kernel.json" | tr -d '\n' | cut -c1-160)"
