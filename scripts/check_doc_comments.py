#!/usr/bin/env python3
"""Lists public declarations without a `///` doc comment in Swift sources.

    python3 scripts/check_doc_comments.py [DIR ...]     # default: the modules preloaded in every cell

A declaration counts as public when it says `public` or `open`, or when it is a `case` of a public
enum or a requirement of a public protocol (those are public without the keyword). Its doc comment is
the `///` block (or a `/** … */` block) right above it; attributes such as `@inlinable` may sit in
between. Extensions need none (their members do). Exits with 1 and prints `file:line: declaration`
for each one missing, so it can run in CI.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIRS = ["Sources/NeuralNet", "Sources/Plots", "Sources/Grading", "Sources/NotebookRuntime"]

MODIFIERS = r"(?:(?:static|class|final|override|mutating|nonmutating|nonisolated|prefix|postfix|infix|indirect|" \
            r"convenience|required|lazy|weak|unowned|dynamic|consuming|borrowing|private\(set\)|internal\(set\)|" \
            r"fileprivate\(set\))\s+)*"
KINDS = r"(?:func|var|let|init[?!]?|subscript|struct|class|enum|protocol|typealias|actor|associatedtype|case|macro)\b"
PUBLIC_DECL = re.compile(r"^\s*(?:@[\w.]+(?:\([^)]*\))?\s+)*(?:public|open)\s+" + MODIFIERS + KINDS)
PUBLIC_EXTENSION = re.compile(r"^\s*(?:@[\w.]+(?:\([^)]*\))?\s+)*(?:public\s+)?extension\b")
IMPLICIT_MEMBER = re.compile(r"^\s*(?:@[\w.]+(?:\([^)]*\))?\s+)*" + MODIFIERS + r"(?:func|var|init[?!]?|subscript|associatedtype|case|static)\b")
CONTAINER = re.compile(r"^\s*(?:@[\w.]+(?:\([^)]*\))?\s+)*(?:public|open)\s+(?:indirect\s+)?(enum|protocol)\b")
ATTRIBUTE_ONLY = re.compile(r'^\s*@[\w.]+(?:\((?:[^()"]|"[^"]*")*\))?\s*$')   # arguments may hold quoted ")"


def code_part(line: str) -> str:
    """The line without string literals and `//` comments (good enough for counting braces)."""
    line = re.sub(r'"(?:\\.|[^"\\])*"', '""', line)
    return line.split("//", 1)[0]


def has_doc(lines: list[str], i: int) -> bool:
    j = i - 1
    while j >= 0 and ATTRIBUTE_ONLY.match(lines[j]):
        j -= 1
    if j < 0:
        return False
    prev = lines[j].strip()
    return prev.startswith("///") or prev.endswith("*/") and "/**" in "".join(lines[max(0, j - 40):j + 1])


def check_file(path: Path) -> list[tuple[int, str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    missing: list[tuple[int, str]] = []
    depth = 0
    containers: list[tuple[str, int]] = []   # (enum|protocol, depth of its members)
    in_block_comment = False
    for i, line in enumerate(lines):
        stripped = line.strip()
        if in_block_comment:
            in_block_comment = "*/" not in stripped
            continue
        if stripped.startswith("/*") and "*/" not in stripped:
            in_block_comment = True
            continue
        if stripped.startswith("//") or not stripped:
            continue
        public = bool(PUBLIC_DECL.match(line)) and not PUBLIC_EXTENSION.match(line)
        if not public and containers and containers[-1][1] == depth and IMPLICIT_MEMBER.match(line):
            kind = containers[-1][0]
            public = (kind == "enum" and re.match(r"^\s*(?:indirect\s+)?case\b", line) is not None) or kind == "protocol"
        if public and not has_doc(lines, i):
            missing.append((i + 1, stripped))
        container = CONTAINER.match(line)
        code = code_part(line)
        if container and "{" in code:
            containers.append((container.group(1), depth + 1))
        depth += code.count("{") - code.count("}")
        while containers and depth < containers[-1][1]:
            containers.pop()
    return missing


def main(argv: list[str]) -> int:
    dirs = [Path(d) for d in argv] or [ROOT / d for d in DEFAULT_DIRS]
    total = 0
    for d in dirs:
        for path in sorted(Path(d).rglob("*.swift")):
            for line_no, decl in check_file(path):
                total += 1
                shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
                print(f"{shown}:{line_no}: {decl}")
    print(f"{total} public declaration(s) without a doc comment", file=sys.stderr)
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
