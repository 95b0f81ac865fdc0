# Swift Jupyter kernel: set-up, build, install and tests.
#
#   make notebook   install what is missing, build, install the kernelspec, start Jupyter Notebook
#   make test       the same set-up, then the Swift unit tests and the Python kernel tests
#
# Every target installs only what is missing, so a second run is quick. `make help` lists them all.

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help
MAKEFLAGS += --no-print-directory

PYTHON  ?= python3
SWIFT   ?= swift
VENV    ?= .venv
VPY     := $(VENV)/bin/python
JUPYTER := $(VENV)/bin/jupyter

# The kernelspec goes into the venv (--sys-prefix) so the venv's jupyter, papermill and tests find
# it without touching ~/.local; KERNELSPEC_SCOPE=--user installs it for every Jupyter of the user.
KERNEL_NAME            ?= swift
KERNELSPEC_SCOPE       ?= --sys-prefix
SWIFT_KERNEL_LOG_LEVEL ?= info

# Products the kernel needs at run time; `make build` puts them side by side in the release bin dir.
PRODUCTS := swift-kernel swift-cell-executor NotebookPrelude

SWIFT_TEST_ARGS ?=
# The toolchain's own swift-syntax (see Package.swift). The test runner module SwiftPM synthesises
# gets no per-target flags, so tests are built with this search path on the command line.
SWIFT_SYNTAX_DIR ?= $(shell d="$$(dirname "$$(readlink -f "$$(command -v $(SWIFT))")")"; echo "$${d%/bin}/lib/swift/host")
SWIFT_TEST_BUILD_FLAGS := -Xswiftc -I -Xswiftc $(SWIFT_SYNTAX_DIR)
PYTEST_ARGS     ?=
NOTEBOOK_ARGS   ?= $(if $(CI),--no-browser,) $(if $(filter 0,$(shell id -u)),--allow-root,)

# Always build the whole package, whatever a developer's shell has for partial builds.
unexport SWIFT_KERNEL_PARTS

export PYTHON VENV

section = @printf '\n==== %s ====\n' "$(1)"

.PHONY: help deps venv class-venv eg-venv build install deb notebook test test-deploy test-swift test-kernel bench bench-venv bench-anchors lock logos clean distclean \
        _swift-test _pytest

help: ## list the targets
	@echo "Targets:"
	@grep -E '^[a-z][a-zA-Z_-]*:.*## ' $(MAKEFILE_LIST) | sed -E 's/^([^:]*):.*## (.*)/  make \1\t\2/' | expand -t 22

deps: ## install missing Debian packages from deps/debian-packages.txt (apt-get, sudo if not root)
	@bash scripts/install-debian-deps.sh deps/debian-packages.txt

venv: deps ## create .venv with the pinned Python tools (no-op when up to date)
	@bash scripts/make-venv.sh

build: deps ## swift build -c release of swift-kernel, swift-cell-executor, NotebookPrelude
	$(call section,swift build -c release: $(PRODUCTS))
	@for p in $(PRODUCTS); do \
	    echo "--- swift build -c release --product $$p"; \
	    $(SWIFT) build -c release --product $$p; \
	done

# With PREFIX, a tree that stands on its own instead (binaries, modules, module maps, kernelspec in
# $(PREFIX)/share/jupyter/kernels; KERNELSPEC_DIR=/usr/local/share/jupyter/kernels for every Jupyter).
PREFIX         ?=
KERNELSPEC_DIR ?= $(PREFIX)/share/jupyter/kernels

install: build $(if $(PREFIX),,venv) ## build, then install the 'swift' kernelspec (into .venv; PREFIX=/opt/swift-kernel: a standalone tree)
ifneq ($(PREFIX),)
	$(call section,install into $(PREFIX))
	@KERNEL_NAME=$(KERNEL_NAME) SWIFT_KERNEL_LOG_LEVEL='$(SWIFT_KERNEL_LOG_LEVEL)' \
	    bash scripts/install-prefix.sh "$$($(SWIFT) build -c release --show-bin-path)" "$(PREFIX)" "$(KERNELSPEC_DIR)"
else
	$(call section,install kernelspec $(KERNEL_NAME))
	@bindir="$$($(SWIFT) build -c release --show-bin-path)"; \
	$(VPY) scripts/install_kernelspec.py --kernel "$$bindir/swift-kernel" --name $(KERNEL_NAME) \
	    $(KERNELSPEC_SCOPE) --log-level '$(SWIFT_KERNEL_LOG_LEVEL)'
endif

deb: build ## dist/swift-kernel_*.deb: /opt/swift-kernel and the kernelspec (needs Swift at /opt/swift)
	$(call section,dpkg-deb swift-kernel)
	@bash scripts/make-deb.sh "$$($(SWIFT) build -c release --show-bin-path)" dist

notebook: install ## start Jupyter Notebook on 127.0.0.1 in notebooks/ (no browser when CI is set)
	$(call section,jupyter notebook)
	$(JUPYTER) notebook --ip=127.0.0.1 --notebook-dir=notebooks $(NOTEBOOK_ARGS)

# Both suites run even when the first fails; `make test` fails if either does.
test: install ## set-up, then the Swift unit tests and the Python kernel tests (every suite)
	@status=0; \
	$(MAKE) _swift-test || status=1; \
	$(MAKE) _pytest || status=1; \
	if [[ $$status != 0 ]]; then echo "make test: FAILED (see the sections above)" >&2; fi; \
	exit $$status

test-swift: deps ## only the Swift unit tests (swift test, debug)
	@$(MAKE) _swift-test

test-kernel: install ## only the Python kernel tests (pytest Tests/kernel; PYTEST_ARGS='-k interrupt')
	@$(MAKE) _pytest

# The Python of learners' single-user servers on a class machine (and in `make test-deploy`): every
# user must be able to run it, so it is Debian's python3, not one under a user's home (pyenv in /root
# is private to root). Its own requirements-class.txt and lock: PyPI offers that Python other versions.
CLASS_PYTHON ?= /usr/bin/python3
CLASS_VENV   ?= .venv-class
export CLASS_VENV

class-venv: deps ## create .venv-class (CLASS_PYTHON, usable by every user): a learner's single-user server
	@PYTHON=$(CLASS_PYTHON) VENV=$(CLASS_VENV) REQUIREMENTS=requirements-class.txt LOCK=requirements-class-lock.txt \
	    bash scripts/make-venv.sh

# Jupyter Enterprise Gateway for the remote-kernel test: a venv of its own (its pins conflict with ours).
EG_VENV ?= .venv-eg
export EG_VENV

eg-venv: deps ## create .venv-eg with Jupyter Enterprise Gateway (requirements-eg.txt, pinned by its lock)
	@VENV=$(EG_VENV) REQUIREMENTS=requirements-eg.txt LOCK=requirements-eg-lock.txt bash scripts/make-venv.sh

# Slow end-to-end tests of a class deployment (installed prefix, .deb, orphaned kernels, JupyterHub +
# nbgrader's exchange, Enterprise Gateway); .ci/run runs them after `make test`.
test-deploy: install deb class-venv eg-venv ## the deployment tests: pytest Tests/deploy (root: creates Unix users)
	$(call section,pytest Tests/deploy (installed kernel, .deb, JupyterHub, nbgrader exchange, Enterprise Gateway))
	@PYTEST_SUITE=Tests/deploy bash scripts/run-pytest.sh $(PYTEST_ARGS)

browser-test: install ## Notebook 7 and JupyterLab 4 in headless Chromium: Run All (BROWSER_TEST_NOTEBOOK=hello.ipynb), widgets
	$(call section,pytest Tests/kernel/test_browser*.py (Notebook 7 and JupyterLab 4 in headless Chromium))
	@bash scripts/run-pytest.sh -k test_browser $(PYTEST_ARGS)

_swift-test:
	$(call section,swift test (Swift unit tests, debug build))
	$(SWIFT) build --build-tests $(SWIFT_TEST_BUILD_FLAGS)
	$(SWIFT) test --skip-build $(SWIFT_TEST_BUILD_FLAGS) $(SWIFT_TEST_ARGS)

_pytest:
	$(call section,pytest Tests/kernel (kernel protocol and notebook tests))
	@bash scripts/run-pytest.sh $(PYTEST_ARGS)

.PHONY: grade
grade: install ## grade a filled-in course notebook: make grade NOTEBOOK=path.ipynb [JSON=report.json]
	@test -n "$(NOTEBOOK)" || { echo "usage: make grade NOTEBOOK=notebooks/learner/1-tensor-basics.ipynb [JSON=report.json]" >&2; exit 2; }
	$(VPY) scripts/grade.py "$(NOTEBOOK)" $(if $(JSON),--json "$(JSON)",)

.PHONY: run-notebooks
run-notebooks: install ## run the saved notebooks again and write back their outputs (scripts/execute_notebooks.py)
	$(VPY) scripts/execute_notebooks.py

bench: install ## run scripts/bench_*.py against the installed kernel
	@for b in scripts/bench_*.py; do \
	    printf '\n==== %s ====\n' "$$b"; \
	    $(VPY) "$$b"; \
	done

# JAX and PyTorch for the library benchmark's anchors: a venv of their own, created only when asked
# (never by `make test`), and the BLAS libraries scripts/bench_blas.py compares (deps/debian-packages-bench.txt).
BENCH_VENV ?= .venv-bench
BENCH_ARGS ?= --repeat 3

bench-venv: deps ## create .venv-bench with the pinned JAX and PyTorch (CPU) of requirements-bench.txt
	@bash scripts/install-debian-deps.sh deps/debian-packages-bench.txt
	@VENV=$(BENCH_VENV) REQUIREMENTS=requirements-bench.txt LOCK=requirements-bench-lock.txt bash scripts/make-venv.sh

bench-anchors: bench-venv venv ## the library benchmark with JAX and PyTorch sides, then the BLAS libraries (BENCH_ARGS='--threads 2 --dtype both')
	$(call section,scripts/bench_course.py --anchors $(BENCH_ARGS))
	@$(VPY) scripts/bench_course.py --anchors $(BENCH_ARGS)
	$(call section,scripts/bench_blas.py)
	@$(VPY) scripts/bench_blas.py

lock: ## re-resolve requirements.txt into requirements-lock.txt (and requirements-class.txt, requirements-eg.txt, requirements-bench.txt)
	@bash scripts/lock-requirements.sh
	@PYTHON=$(CLASS_PYTHON) REQUIREMENTS=requirements-class.txt LOCK=requirements-class-lock.txt bash scripts/lock-requirements.sh
	@REQUIREMENTS=requirements-eg.txt LOCK=requirements-eg-lock.txt bash scripts/lock-requirements.sh
	@REQUIREMENTS=requirements-bench.txt LOCK=requirements-bench-lock.txt bash scripts/lock-requirements.sh

logos: ## regenerate kernelspec/logo-*.png and logo-svg.svg
	$(PYTHON) scripts/make_logos.py

clean: ## remove Swift build products and test leftovers (keeps .venv)
	rm -rf .build artifacts dist .pytest_cache Tests/kernel/.pytest_cache
	find scripts Tests/kernel Tests/deploy -name __pycache__ -type d -prune -exec rm -rf {} +

distclean: clean ## clean, and remove .venv (and the kernelspec inside it)
	rm -rf $(VENV) $(CLASS_VENV) $(EG_VENV) $(BENCH_VENV)
