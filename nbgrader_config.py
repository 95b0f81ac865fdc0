"""nbgrader set-up for the Swift course notebooks (nbgrader 0.9).

A course directory can use it with a two-line nbgrader_config.py of its own:

    c = get_config()
    load_subconfig("/path/to/swift-kernel/nbgrader_config.py")

The solution notebooks in notebooks/ are nbgrader source notebooks: graded cells carry nbgrader
metadata, solutions sit between `// BEGIN SOLUTION` and `// END SOLUTION`, and each test cell fails with
an error (ename ExerciseFailed) when its exercise is wrong, which nbgrader's autograder counts as 0 points.
`generate_assignment` produces exactly the learner notebooks of scripts/make_learner_notebooks.py: the
`// STUB: …` line after each solution becomes the stub statement, so a blank notebook still runs to its
end (with every test failing) instead of stopping at a missing `return`.
"""
import os
import sys

from nbgrader.converters import GenerateAssignment
from nbgrader.preprocessors import ClearSolutions

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "scripts"))
from make_learner_notebooks import BEGIN, END, learner_source  # noqa: E402

c = get_config()  # noqa: F821 (defined by traitlets when it loads this file)


class SwiftClearSolutions(ClearSolutions):
    """ClearSolutions that, for Swift, also turns the `// STUB:` line after a solution into code."""

    def _replace_solution_region(self, cell, language):
        if language != "swift":
            return super()._replace_solution_region(cell, language)
        if BEGIN not in cell.source:
            return False
        cell.source = learner_source(cell.source, f"cell {cell.get('id', '?')}")
        return True


# The stub nbgrader puts in place of a solution cell that has no BEGIN/END region.
# (Set on both classes: nbgrader reads ClearSolutions' options in its own way.)
for section in (c.ClearSolutions, c.SwiftClearSolutions):
    section.code_stub = {"swift": "// YOUR CODE HERE"}
    section.begin_solution_delimeter = BEGIN
    section.end_solution_delimeter = END

defaults = GenerateAssignment.class_traits()["preprocessors"].make_dynamic_default()
c.GenerateAssignment.preprocessors = [SwiftClearSolutions if p is ClearSolutions else p for p in defaults]

# The kernel of the notebooks, and time for training cells (notebooks 2 and 5 train for up to a minute).
# (nbgrader runs every cell even after an error.)
c.Execute.kernel_name = "swift"
c.Execute.timeout = 600
