"""Jupyter widgets from Swift, through jupyter_client acting as a widget front end.

The kernel speaks @jupyter-widgets protocol 2.1 as ipywidgets 8 does: the same models, views and
state keys (compared with ipywidgets itself), `echo_update` for the front end's changes, parents that
tie each echo to the change it answers, the control comm that returns every widget's state. A change
made in the front end reaches the Swift observer; a click runs the button's closure; what callbacks
print lands in an Output widget's state, not under a cell.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from comm_helpers import (Widgets, attach_widget_manager, comm_msg, output_texts, widget_updates,  # noqa: F401
                          wk)  # wk: the module's widget kernel fixture
from conftest import execute_ok

ROOT = Path(__file__).resolve().parents[2]



def update(kc, comm_id: str, **state):
    return comm_msg(kc, comm_id, {"method": "update", "state": state, "buffer_paths": []})


def test_models_views_and_state_keys_are_ipywidgets_8s(wk) -> None:
    ipywidgets = pytest.importorskip("ipywidgets")
    res = execute_ok(wk.kc, """
let all: [Widget] = [IntSlider(), FloatSlider(), Dropdown(options: ["a", "b"]), Checkbox(), Button(), Text(),
                     Label(), HTML(), Output(), HBox(), VBox(), IntProgress(), FloatProgress()]
""")
    widgets = Widgets().absorb(res)
    python = [ipywidgets.IntSlider(), ipywidgets.FloatSlider(), ipywidgets.Dropdown(options=["a", "b"]),
              ipywidgets.Checkbox(), ipywidgets.Button(), ipywidgets.Text(), ipywidgets.Label(), ipywidgets.HTML(),
              ipywidgets.Output(), ipywidgets.HBox(), ipywidgets.VBox(), ipywidgets.IntProgress(),
              ipywidgets.FloatProgress()]
    opened_order = [m["content"]["comm_id"] for m in res.of_type("comm_open")]
    for py in python:
        expected = json.loads(json.dumps(py.get_state()))  # tuples as JSON arrays, as on the wire
        ours = widgets.state[widgets.one(expected["_model_name"])]
        assert sorted(ours) == sorted(expected), f"{expected['_model_name']}: keys differ"
        for key in [k for k in expected if k.startswith(("_model", "_view")) and k != "_view_count"]:
            assert ours[key] == expected[key], f"{expected['_model_name']}.{key}"
        for key in ["value", "min", "max", "step", "description", "orientation", "readout_format", "index",
                    "_options_labels", "children", "outputs", "bar_style", "indent", "button_style"]:
            if key in expected:
                assert ours[key] == expected[key], f"{expected['_model_name']}.{key}: {ours[key]!r} != {expected[key]!r}"
        # The models a widget refers to (its layout and style) were opened before it.
        for key in ("layout", "style"):
            if key in expected:
                ref = ours[key].removeprefix("IPY_MODEL_")
                assert ref in widgets.state, f"{expected['_model_name']}.{key} refers to an unknown model"
                expected_style = getattr(py, key).get_state()
                assert sorted(widgets.state[ref]) == sorted(expected_style)
                assert widgets.state[ref]["_model_name"] == expected_style["_model_name"]
                assert opened_order.index(ref) < opened_order.index(widgets.one(expected["_model_name"]))
    for m in res.of_type("comm_open"):
        assert m["metadata"] == {"version": "2.1.0"}
        assert m["content"]["target_name"] == "jupyter.widget"


def test_a_front_end_change_reaches_the_swift_observer_and_is_echoed(wk) -> None:
    kc = wk.kc
    res = execute_ok(kc, """
var seen: [String] = []
let rate = FloatSlider(value: 0.5, min: 0, max: 2, description: "rate")
rate.observe { change in
    seen.append("\\(change.old)->\\(change.new)")
    print("rate is now", change.new)
}
rate
""")
    widgets = Widgets().absorb(res)
    slider = widgets.one("FloatSliderModel")
    views = [m for m in res.of_type("execute_result")]
    assert views, res.describe()
    shown = views[0]["content"]["data"]["application/vnd.jupyter.widget-view+json"]
    assert shown["version_major"] == 2
    # A slider with a callback is shown with the output area of its callbacks under it.
    box = widgets.state[shown["model_id"]]
    assert box["_model_name"] == "VBoxModel"
    area = box["children"][1].removeprefix("IPY_MODEL_")
    assert box["children"][0] == "IPY_MODEL_" + slider and widgets.state[area]["_model_name"] == "OutputModel"

    changed = update(kc, slider, value=1.25)
    echoes = [m for m in changed.of_type("comm_msg") if m["content"]["data"]["method"] == "echo_update"]
    assert [m["content"]["data"]["state"] for m in echoes] == [{"value": 1.25}]
    assert echoes[0]["parent_header"]["msg_id"] == changed.msg_id
    outputs = widget_updates(changed, area)[-1]["outputs"]
    assert output_texts(outputs) == "rate is now 1.25\n"
    assert not changed.stdout, "a callback's output goes to its output area, not under a cell"
    update(kc, slider, value=2)  # JavaScript sends a whole number as an integer
    res = execute_ok(kc, "print(seen, rate.value)")
    assert res.stdout.strip() == '["0.5->1.25", "1.25->2.0"] 2.0'


def test_a_click_runs_the_buttons_closure_with_output_in_an_output_widget(wk) -> None:
    kc = wk.kc
    res = execute_ok(kc, """
var clicks = 0
let log = Output()
let button = Button(description: "Count", buttonStyle: .primary)
button.onClick(output: log) { _ in
    clicks += 1
    print("click", clicks)
}
display(VBox([button, log]))
""")
    widgets = Widgets().absorb(res)
    button, log = widgets.one("ButtonModel"), widgets.one("OutputModel")
    assert widgets.state[button]["button_style"] == "primary"
    for _ in range(2):
        clicked = comm_msg(kc, button, {"method": "custom", "content": {"event": "click"}})
        widgets.absorb(clicked)
    assert output_texts(widgets.state[log]["outputs"]) == "click 1\nclick 2\n"
    assert widgets.state[log]["outputs"][0]["output_type"] == "stream"
    assert execute_ok(kc, "print(clicks)").stdout.strip() == "2"


def test_output_capture_in_a_cell_keeps_output_out_of_the_cell(wk) -> None:
    kc = wk.kc
    res = execute_ok(kc, """
let out = Output()
print("before")
out.capture {
    print("inside")
    display(MimeBundle(["text/plain": "rich", "text/html": "<b>rich</b>"]))
}
print("after")
""")
    assert res.stdout == "before\nafter\n"
    assert not res.of_type("display_data")
    widgets = Widgets().absorb(res)
    outputs = widgets.state[widgets.one("OutputModel")]["outputs"]
    assert outputs[0] == {"output_type": "stream", "name": "stdout", "text": "inside\n"}
    assert outputs[1]["output_type"] == "display_data" and outputs[1]["data"]["text/html"] == "<b>rich</b>"
    cleared = execute_ok(kc, "out.clear()\nprint(out.outputs.count)")
    assert cleared.stdout.strip() == "0"
    assert Widgets().absorb(res).absorb(cleared).state[widgets.one("OutputModel")]["outputs"] == []


def test_the_front_end_can_ask_for_one_state_or_every_state(wk) -> None:
    kc = wk.kc
    res = execute_ok(kc, 'let box = HBox([Label("a"), Checkbox(value: true, description: "on")])')
    widgets = Widgets().absorb(res)
    check = widgets.one("CheckboxModel") if len(widgets.of_model("CheckboxModel")) == 1 else widgets.of_model("CheckboxModel")[-1]
    answered = comm_msg(kc, check, {"method": "request_state"})
    full = widget_updates(answered, check)
    assert len(full) == 1 and full[0] == widgets.state[check]
    control = attach_widget_manager(kc)
    states = comm_msg(kc, control, {"method": "request_states"})
    reply = [m["content"]["data"] for m in states.of_type("comm_msg") if m["content"]["comm_id"] == control]
    assert reply and reply[0]["method"] == "update_states"
    for model_id, state in widgets.state.items():
        assert reply[0]["states"][model_id] == state


def test_dropdown_checkbox_and_text_take_the_front_ends_values(wk) -> None:
    kc = wk.kc
    res = execute_ok(kc, """
let choice = Dropdown(options: ["moons", "circles", "blobs"], value: "circles", description: "data")
let tick = Checkbox(value: false, description: "noisy")
let name = Text(value: "", placeholder: "your name")
var submitted = ""
name.onSubmit { field in submitted = field.value }
""")
    widgets = Widgets().absorb(res)
    dropdown, checkbox, text = widgets.one("DropdownModel"), widgets.one("CheckboxModel"), widgets.one("TextModel")
    assert widgets.state[dropdown]["index"] == 1
    update(kc, dropdown, index=2)
    update(kc, checkbox, value=True)
    update(kc, text, value="Ada")
    comm_msg(kc, text, {"method": "custom", "content": {"event": "submit"}})
    res = execute_ok(kc, 'print(choice.value ?? "none", tick.value, name.value, submitted)')
    assert res.stdout.strip() == "blobs true Ada Ada"
    # Changes made in Swift go to the front end.
    res = execute_ok(kc, 'choice.value = "moons"\ntick.value = false')
    assert widget_updates(res, dropdown) == [{"index": 0}]
    assert widget_updates(res, checkbox) == [{"value": False}]


def test_interact_reruns_its_body_on_each_change_into_its_output(wk) -> None:
    kc = wk.kc
    res = execute_ok(kc, """
interact(IntSlider(value: 3, min: 1, max: 9, description: "n"), Checkbox(value: false, description: "square")) { n, square in
    print("result", square ? n * n : n)
}
""")
    widgets = Widgets().absorb(res)
    box = widgets.state[widgets.of_model("VBoxModel")[-1]]
    assert len(box["children"]) == 3
    slider, check, out = (c.removeprefix("IPY_MODEL_") for c in box["children"])
    assert widgets.state[out]["_model_name"] == "OutputModel"
    assert output_texts(widgets.state[out]["outputs"]) == "result 3\n"
    assert not res.stdout
    widgets.absorb(update(kc, slider, value=5))
    assert output_texts(widgets.state[out]["outputs"]) == "result 5\n"
    widgets.absorb(update(kc, check, value=True))
    assert output_texts(widgets.state[out]["outputs"]) == "result 25\n"


def test_interact_without_a_widget_front_end_runs_once_under_the_cell(kernel) -> None:
    res = execute_ok(kernel.kc, """
interact(IntSlider(value: 4, min: 1, max: 9)) { n in print("ran with", n) }
""")
    assert res.stdout == "ran with 4\n"
    assert not res.of_type("display_data")


def test_a_crash_in_an_observer_keeps_the_widget_and_the_state(wk) -> None:
    kc = wk.kc
    res = execute_ok(kc, """
var accepted: [Int] = []
let picky = IntSlider(value: 1, min: 0, max: 10)
picky.onChange { value in
    precondition(value != 6, "six is not allowed")
    accepted.append(value)
}
""")
    slider = Widgets().absorb(res).one("IntSliderModel")
    update(kc, slider, value=4)
    crashed = update(kc, slider, value=6)
    # The runtime's message is written while the callback's output goes to its area; the kernel's
    # report follows on stderr, with the message that changed the slider as parent.
    area = widget_updates(crashed, Widgets().absorb(res).one("OutputModel")) if Widgets().absorb(res).of_model("OutputModel") else []
    shown = crashed.stderr + "".join(output_texts(state.get("outputs", [])) for state in area)
    assert "six is not allowed" in shown, crashed.describe()
    assert "crash was in a callback" in crashed.stderr
    update(kc, slider, value=8)
    assert execute_ok(kc, "print(accepted, picky.value)").stdout.strip() == "[4, 8] 8"


def test_notebook_3s_slider_retrains_the_flower_network_and_redraws_its_boundary(wk) -> None:
    nbformat = pytest.importorskip("nbformat")
    notebook = nbformat.read(ROOT / "notebooks" / "3-planar-classification.ipynb", as_version=4)
    cells = [c.source for c in notebook.cells if c.cell_type == "code" and c.source.startswith("interact(")]
    assert len(cells) == 1, "notebook 3 has one interact cell"
    kc = wk.kc
    # The data, and the course's own nnModel and predict in place of the learner's (as in the learner version).
    execute_ok(kc, """
let (X, Y) = loadPlanarDataset()
func nnModel(_ X: Tensor, _ Y: Tensor, nH: Int, numIterations: Int = 10000, printCost: Bool = false) -> Parameters {
    yourCodeHere("nnModel", X, Y, nH, numIterations, printCost)
}
func predict(_ parameters: Parameters, _ X: Tensor) -> Tensor { yourCodeHere("predict", parameters, X) }
""")
    res = execute_ok(kc, cells[0], timeout=120)
    widgets = Widgets().absorb(res)
    slider = [i for i in widgets.of_model("IntSliderModel") if widgets.state[i]["description"] == "hidden units"][-1]
    assert widgets.state[slider]["continuous_update"] is False
    out = widgets.of_model("OutputModel")[-1]

    def boundary_title() -> str:
        figures = [o["data"]["image/svg+xml"] for o in widgets.state[out]["outputs"] if o["output_type"] == "display_data"]
        assert len(figures) == 1, widgets.state[out]["outputs"]
        return figures[0].split("Hidden layer of size ", 1)[1].split("<", 1)[0]

    # The course's accuracies for 5000 iterations (the sweep above): 4 units 90.5 %, 2 units 67.25 %.
    assert boundary_title() == "4: 90.5 %"
    widgets.absorb(update(kc, slider, value=2))
    assert boundary_title() == "2: 67.25 %"
