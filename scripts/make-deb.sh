#!/usr/bin/env bash
# Build dist/swift-kernel_<version>_amd64.deb: the installed tree of `make install PREFIX=/opt/swift-kernel`
# (scripts/install-prefix.sh) plus the kernelspec in /usr/share/jupyter/kernels/swift, where every Jupyter
# on the machine finds it (a conda or venv Jupyter too: /usr/share/jupyter is on jupyter_core's system
# path). Installed with `apt-get install ./dist/swift-kernel_*.deb`, which also installs its Debian
# dependencies.
#
# The Swift toolchain is not a Debian package: the kernel runs `swift-frontend` and `clang` from
# /opt/swift/usr/bin (or SWIFT_TOOLCHAIN_BIN) for every cell, so the machine or image needs Swift 6.3
# unpacked at /opt/swift; the package says so in its description and the kernel says so in its error.
#
#   scripts/make-deb.sh BIN_DIR OUT_DIR
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bindir="${1:?usage: make-deb.sh BIN_DIR OUT_DIR}"
out="${2:?usage: make-deb.sh BIN_DIR OUT_DIR}"
prefix=/opt/swift-kernel
# A version that grows with every commit, so that apt-get upgrades a class machine.
version="0.1.0+git$(git -C "$here" rev-list --count HEAD 2>/dev/null || echo 0)"

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
chmod 0755 "$stage"
DESTDIR="$stage/root" bash "$here/scripts/install-prefix.sh" "$bindir" "$prefix" /usr/share/jupyter/kernels

# Cells are compiled against cblas.h and zlib.h and linked with -lopenblas and -lz, so the -dev
# packages are run-time dependencies here; libzmq5 is what the kernel itself links.
depends="libzmq5, libopenblas-dev, zlib1g-dev, libc6-dev, libfreetype6, fonts-dejavu-core, dataset-fashion-mnist"
mkdir -p "$stage/root/DEBIAN"
cat >"$stage/root/DEBIAN/control" <<EOF
Package: swift-kernel
Version: $version
Architecture: amd64
Maintainer: swift-kernel developers <swift-kernel@localhost>
Depends: $depends
Section: devel
Priority: optional
Installed-Size: $(du -sk "$stage/root" | cut -f1)
Description: Jupyter kernel for Swift, with a neural-network course library
 The Swift kernel for Jupyter (kernelspec "swift" in /usr/share/jupyter/kernels),
 installed in /opt/swift-kernel, with the preloaded NeuralNet, Plots and Grading
 modules every cell sees.
 .
 Requires the Swift 6.3 toolchain unpacked at /opt/swift (swift.org's tarball for
 this distribution; it is not a Debian package), or SWIFT_TOOLCHAIN_BIN naming its
 usr/bin folder.
EOF
mkdir -p "$out"
rm -f "$out"/swift-kernel_*.deb
dpkg-deb --root-owner-group --build "$stage/root" "$out/swift-kernel_${version}_amd64.deb" >/dev/null
echo "deb: $out/swift-kernel_${version}_amd64.deb ($(du -h "$out/swift-kernel_${version}_amd64.deb" | cut -f1)); install with: apt-get install ./$out/swift-kernel_${version}_amd64.deb"
