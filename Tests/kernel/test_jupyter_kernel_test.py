"""Conformance tests from jupyter_kernel_test, run against the installed `swift` kernelspec.

jupyter_kernel_test covers kernel_info, execute (stdout, stderr, execute_result, display_data,
clear_output, errors), is_complete and history. What it does not cover (stdin, interrupts,
restarts, stop_on_error, signatures, heartbeat) is in test_protocol_extras.py.
"""
from __future__ import annotations

from typing import Any

import jupyter_kernel_test

from conftest import EXEC_TIMEOUT, KERNEL_NAME, STARTUP_TIMEOUT
from jupyter_client.manager import start_new_kernel


class SwiftKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = KERNEL_NAME
    language_name = "swift"
    file_extension = ".swift"

    @classmethod
    def setUpClass(cls) -> None:
        # The base class waits 60 s for kernel_info; make that configurable like the other tests.
        cls.km, cls.kc = start_new_kernel(kernel_name=cls.kernel_name, startup_timeout=STARTUP_TIMEOUT)

    def execute_helper(self, code: str, timeout: Any = EXEC_TIMEOUT, **kwargs: Any):
        # The base class gives a cell 15 s; compiling a Swift cell on a loaded 2-core CI machine
        # can take longer, the first one especially.
        return super().execute_helper(code, timeout=timeout, **kwargs)

    code_hello_world = 'print("hello, world")'

    code_stderr = 'import Foundation\nFileHandle.standardError.write("oops\\n".data(using: .utf8)!)'

    # A compile error: the reply is an error and the only output is one `error` message (the
    # compiler's diagnostics go into it, not onto stderr).
    code_generate_error = 'let _: Int = "not a number"'

    code_execute_result = [
        {"code": "6 * 7", "result": "42"},
        {"code": "[1, 2, 3].map { $0 * 2 }", "result": "[2, 4, 6]"},
    ]

    code_display_data = [
        {"code": 'display(MimeBundle(["text/html": "<b>hi</b>", "text/plain": "hi"]))', "mime": "text/html"},
        {"code": 'display("just text")', "mime": "text/plain"},
    ]

    code_clear_output = "clearOutput()"

    # history: glob pattern as in IPython's history search (`*` any characters); matches "6 * 7".
    code_history_pattern = "6 *"
    supported_history_operations = ("tail", "range", "search")

    # is_complete, as a swift-syntax based checker sees it: incomplete = only unclosed
    # constructs at the end of the input; invalid = an error that more input cannot fix.
    # complete_request answered by SourceKit (a name declared in the same text, String members with
    # Foundation's, a tensor method whose overloads insert the same text); the cursor is at the end,
    # and the sets must match exactly.
    completion_samples = [
        {"text": "let someLongName = 1\nsomeLongNa", "matches": {"someLongName"}},
        {"text": '"hello".uppercas', "matches": {"uppercased()", "uppercased(with: ", "localizedUppercase"}},
        {"text": "Tensor.ones([2, 3]).resha", "matches": {"reshape("}},
    ]

    # inspect_request for a preloaded library function: found, with its signature and doc comment.
    code_inspect_sample = "sigmoid"

    complete_code_samples = ["1", 'print("hi")', "func f() {}"]
    incomplete_code_samples = ["func f() {", "let a = [1,", "if true {\n    print(1)"]
    invalid_code_samples = ["let = }", "print(1))"]
