"""Memory and CPU of one learner's idle kernel (issue 17, item 6), measured with
scripts/measure_kernel_memory.py; the figures go to artifacts/deploy/figures.json for docs/deploy.md.

The SourceKit bridge was the largest of the kernel's processes and started with the kernel; it now
starts on the first completion or inspection request, so an idle learner who never pressed Tab costs
the kernel, the executor and its snapshot only.
"""
from __future__ import annotations

import sys

from conftest import ROOT, record_figure

sys.path.insert(0, str(ROOT / "scripts"))
import measure_kernel_memory  # noqa: E402

# Idle kernel, executor and snapshot, proportional set size; measured 12-16 MB (without the bridge;
# 77-86 MB with it, before the bridge started lazily).
IDLE_PSS_LIMIT_MB = 40


def test_idle_kernel_has_no_bridge_and_stays_small():
    result = measure_kernel_memory.measure(kernel_dir=None, settle_seconds=3)
    idle, after = result["idle_after_one_cell"], result["after_first_completion"]
    roles = [p["role"] for p in idle["processes"]]
    assert "sourcekit-bridge" not in roles, f"the bridge started before any completion request: {roles}"
    assert "executor" in roles, roles
    assert "sourcekit-bridge" in [p["role"] for p in after["processes"]], after
    assert result["completion_matches"] > 0, "the first completion, which starts the bridge, found nothing"
    mb = lambda kib: round(kib / 1024, 1)  # noqa: E731
    figures = {
        "idle_pss_mb": mb(idle["total"]["pss_kib"]), "idle_rss_mb": mb(idle["total"]["rss_kib"]),
        "idle_uss_mb": mb(idle["total"]["uss_kib"]),
        "with_bridge_pss_mb": mb(after["total"]["pss_kib"]), "with_bridge_uss_mb": mb(after["total"]["uss_kib"]),
        "per_process_idle": {p["role"]: {"pss_mb": mb(p["pss_kib"]), "rss_mb": mb(p["rss_kib"]), "uss_mb": mb(p["uss_kib"])}
                             for p in idle["processes"]},
        "per_process_with_bridge": {p["role"]: {"pss_mb": mb(p["pss_kib"]), "rss_mb": mb(p["rss_kib"]), "uss_mb": mb(p["uss_kib"])}
                                    for p in after["processes"]},
        **result["cpu"],
    }
    record_figure("memory_per_learner", figures)
    print(figures)
    assert figures["idle_pss_mb"] < IDLE_PSS_LIMIT_MB, figures
