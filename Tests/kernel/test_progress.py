"""`for i in progress(0..<n)`: a widget bar where the front end has widgets, one updating text line
where it only shows outputs, one final line where nobody watches (nbclient sends allow_stdin false).

Each mode is checked on the messages a front end gets: how many redraws (a few a second, not one per
step), that the last one says 100 %, and that a loop left early says where it stopped.
"""
from __future__ import annotations

import re

from comm_helpers import Widgets, widget_updates, wk  # noqa: F401 (wk: the module's widget kernel fixture)
from conftest import execute_ok

# 300 steps of 5 ms: 1.5 s, time for several redraws but far fewer than steps.
LOOP = 'import Foundation\nfor _ in progress(0..<300, description: "train") { usleep(5000) }'


def test_a_run_nobody_watches_prints_one_final_line(kernel) -> None:
    res = execute_ok(kernel.kc, LOOP, allow_stdin=False)
    assert not res.of_type("display_data") and not res.of_type("update_display_data")
    lines = res.stdout.splitlines()
    assert len(lines) == 1, res.stdout
    assert re.fullmatch(r"train: 100%\|█{20}\| 300/300 \[00:0[12]<00:00, \d+\.\d\d it/s\]", lines[0]), lines[0]


def test_a_front_end_without_widgets_gets_one_line_that_updates_itself(kernel) -> None:
    res = execute_ok(kernel.kc, LOOP, allow_stdin=True)
    shown = res.of_type("display_data")
    assert len(shown) == 1, res.describe()
    display_id = shown[0]["content"]["transient"]["display_id"]
    assert shown[0]["content"]["data"]["text/plain"].startswith("train:   0%|")
    updates = res.of_type("update_display_data")
    assert all(u["content"]["transient"]["display_id"] == display_id for u in updates)
    # At most five redraws a second (plus the last); more than one while the loop ran.
    assert 3 <= len(updates) <= 12, len(updates)
    assert "100%|" in updates[-1]["content"]["data"]["text/plain"]
    assert "300/300" in updates[-1]["content"]["data"]["text/plain"]
    assert not res.stdout


def test_a_widget_front_end_gets_a_bar_that_reaches_100_percent(wk) -> None:
    res = execute_ok(wk.kc, LOOP, allow_stdin=True)
    widgets = Widgets().absorb(res)
    bar = widgets.one("IntProgressModel")
    assert widgets.state[bar]["max"] == 300
    values = [u["value"] for u in widget_updates(res, bar) if "value" in u]
    assert 3 <= len(values) <= 20, values  # about ten redraws a second
    assert values == sorted(values) and values[-1] == 300
    assert widgets.state[bar]["bar_style"] == "success"
    labels = [widgets.state[i]["value"] for i in widgets.of_model("LabelModel")]
    assert "train" in labels
    assert any(label.startswith("300/300 [") for label in labels), labels
    shown = res.of_type("display_data")
    assert len(shown) == 1
    box = shown[0]["content"]["data"]["application/vnd.jupyter.widget-view+json"]["model_id"]
    assert widgets.state[box]["_model_name"] == "HBoxModel"


def test_a_loop_left_early_shows_where_it_stopped(wk, kernel) -> None:
    code = 'for i in progress(0..<50) { if i == 20 { break } }'
    res = execute_ok(wk.kc, code)
    widgets = Widgets().absorb(res)
    bar = widgets.one("IntProgressModel")
    assert widgets.state[bar]["value"] == 20 and widgets.state[bar]["bar_style"] == "danger"
    line = execute_ok(kernel.kc, code, allow_stdin=False).stdout
    assert line.startswith(" 40%|") and "20/50" in line, line


def test_quiet_shows_nothing_and_a_sequence_without_a_count_shows_its_count(kernel) -> None:
    res = execute_ok(kernel.kc, 'var n = 0\nfor i in progress(0..<10, quiet: true) { n += i }\nprint(n)', allow_stdin=False)
    assert res.stdout == "45\n"
    res = execute_ok(kernel.kc, 'for _ in progress(sequence(first: 1, next: { $0 < 7 ? $0 + 1 : nil }), description: "walk") {}',
                     allow_stdin=False)
    assert re.fullmatch(r"walk: 7 it \[00:00, \d+\.\d\d it/s\]\n", res.stdout), res.stdout
