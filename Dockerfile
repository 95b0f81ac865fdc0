# A learner's image for JupyterHub's DockerSpawner or KubeSpawner: Jupyter Docker Stacks' base-notebook
# with the Swift kernel installed from its Debian package, and nbgrader for the course's assignments.
#
# It cannot be built on the project's machines (they reach no container registry); its install step is
# the very command `make test-deploy` runs on the package (Tests/deploy/test_installed_kernel.py:
# `apt-get install -y --no-install-recommends ./dist/swift-kernel_*.deb`). Build context: this
# repository after `make deb`, with the Swift 6.3 toolchain for the image's distribution unpacked into
# ./swift-toolchain (the `usr/` of swift.org's tarball), since Swift is not a Debian package:
#
#   make deb
#   mkdir swift-toolchain && tar -xzf swift-6.3-RELEASE-ubuntu24.04.tar.gz --strip-components=1 -C swift-toolchain
#   docker build -t swift-kernel-notebook .
#
# docs/deploy.md says how JupyterHub uses it (c.DockerSpawner.image / c.KubeSpawner.image).
ARG BASE_IMAGE=quay.io/jupyter/base-notebook:latest
FROM ${BASE_IMAGE}

USER root
# The toolchain's own run-time needs (swift.org's list for Ubuntu 24.04): it compiles and links every cell.
RUN apt-get update \
 && apt-get install -y --no-install-recommends binutils libc6-dev libcurl4-openssl-dev libedit2 libgcc-13-dev \
        libpython3-dev libsqlite3-0 libstdc++-13-dev libxml2-dev libncurses-dev libz3-dev pkg-config tzdata zlib1g-dev \
 && rm -rf /var/lib/apt/lists/*
COPY swift-toolchain/ /opt/swift/
COPY dist/ /tmp/dist/
# The same command as the package's test; apt-get brings libzmq5, OpenBLAS, zlib and Fashion-MNIST.
RUN apt-get update \
 && cd /tmp \
 && apt-get install -y --no-install-recommends ./dist/swift-kernel_*.deb \
 && rm -rf /var/lib/apt/lists/* /tmp/dist
ENV PATH=/opt/swift/usr/bin:${PATH}

USER ${NB_UID}
# nbgrader's fetch and submit for learners (the version requirements.txt pins); the exchange folder is
# a volume every learner's pod mounts (docs/deploy.md).
RUN pip install --no-cache-dir nbgrader==0.9.6
