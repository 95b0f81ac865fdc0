#!/usr/bin/env bash
# Install the built kernel as a tree that stands on its own (`make install PREFIX=/opt/swift-kernel`),
# so that it keeps working after `make clean`, from any working directory and for every user:
#
#   $PREFIX/lib/swift-kernel/   swift-kernel, swift-cell-executor, libNotebookPrelude.so,
#                               Modules/ (every .swiftmodule and .swiftdoc the cells import),
#                               ModuleMaps/<C module>/ (module.modulemap and its headers; see
#                               EngineConfiguration.buildFolder, which prefers these to the clone's)
#   $PREFIX/bin/swift-kernel    a link to the above (the kernel finds its files from its real path)
#   $KERNELSPEC_DIR/swift/      kernel.json and logos (default $PREFIX/share/jupyter/kernels)
#
# Everything is world-readable (directories 0755, files 0644, programs 0755), whatever the umask.
# DESTDIR stages the tree elsewhere (for `make deb`): paths inside still name $PREFIX.
#
#   scripts/install-prefix.sh BIN_DIR PREFIX [KERNELSPEC_DIR]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bindir="${1:?usage: install-prefix.sh BIN_DIR PREFIX [KERNELSPEC_DIR]}"
prefix="${2:?usage: install-prefix.sh BIN_DIR PREFIX [KERNELSPEC_DIR]}"
specdir="${3:-$prefix/share/jupyter/kernels}"
destdir="${DESTDIR:-}"
name="${KERNEL_NAME:-swift}"
log_level="${SWIFT_KERNEL_LOG_LEVEL-info}"
# The C modules the prelude's Swift modules import (Package.swift: NeuralNet's and Plots' dependencies). A cell
# compiled without one fails with "missing required modules"; the install test runs cells to check.
c_modules="${CELL_C_MODULES:-CBLAS CZlib CVectorMath CMatrixKernels CGlyphRaster}"

case "$prefix" in /*) ;; *) echo "install: PREFIX must be an absolute path, not '$prefix'" >&2; exit 2 ;; esac
for f in swift-kernel swift-cell-executor libNotebookPrelude.so; do
    [[ -f "$bindir/$f" ]] || { echo "install: $bindir/$f is missing; run 'make build' first" >&2; exit 1; }
done

umask 022
lib="$destdir$prefix/lib/swift-kernel"
rm -rf "$lib"
mkdir -p "$lib/Modules" "$lib/ModuleMaps" "$destdir$prefix/bin" "$destdir$specdir"
install -m 0755 "$bindir/swift-kernel" "$bindir/swift-cell-executor" "$lib/"
install -m 0644 "$bindir/libNotebookPrelude.so" "$lib/"
# Every module of the build: the prelude's and what they import (a few MB; no test modules in a
# release build of the products).
find "$bindir/Modules" -maxdepth 1 \( -name '*.swiftmodule' -o -name '*.swiftdoc' \) -exec install -m 0644 {} "$lib/Modules/" \;

for module in $c_modules; do
    out="$lib/ModuleMaps/$module"
    mkdir -p "$out"
    if [[ -f "$here/Sources/$module/module.modulemap" ]]; then
        # A system library target: its module map and shim header, as they are.
        install -m 0644 "$here/Sources/$module/module.modulemap" "$here/Sources/$module/"*.h "$out/"
    elif [[ -d "$here/Sources/$module/include" ]]; then
        # A C target: SwiftPM generates its module map with an absolute path into the clone; this one
        # names the headers beside it.
        mkdir -p "$out/include"
        install -m 0644 "$here/Sources/$module/include/"*.h "$out/include/"
        printf 'module %s {\n    umbrella "include"\n    export *\n}\n' "$module" >"$out/module.modulemap"
        chmod 0644 "$out/module.modulemap"
    else
        echo "install: no module map or include/ for C module $module under Sources/" >&2
        exit 1
    fi
done

ln -sfn "../lib/swift-kernel/swift-kernel" "$destdir$prefix/bin/swift-kernel"

spec="$destdir$specdir/$name"
rm -rf "$spec"
python3 "$here/scripts/install_kernelspec.py" --kernel "$prefix/lib/swift-kernel/swift-kernel" --name "$name" \
    --log-level "$log_level" --render-to "$spec" --allow-missing
chmod -R u=rwX,go=rX "$lib" "$spec"
echo "install: $prefix/lib/swift-kernel ($(du -sh "$lib" | cut -f1)), kernelspec $specdir/$name"
