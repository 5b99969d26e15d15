"""The package's shape: no module imports one that imports it back, at any depth (function-
level imports included — a cycle there is still two homes for one concept; imports only
type checkers read are no dependency at run time)."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).parents[1] / "passpause"


def _module(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports() -> dict[str, set[str]]:
    """Module -> the package modules it imports, wherever the import stands."""
    modules = {_module(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        found = set()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        typing_only = {id(n) for block in ast.walk(tree) if isinstance(block, ast.If)
                       and getattr(block.test, "id", "") == "TYPE_CHECKING"
                       for n in ast.walk(block)}  # read by type checkers, never run
        for node in ast.walk(tree):
            if id(node) in typing_only:
                continue
            if isinstance(node, ast.ImportFrom):
                base = package
                for _ in range(node.level - 1):
                    base = base.rpartition(".")[0]
                target = f"{base}.{node.module}" if node.level and node.module else (
                    base if node.level else node.module or "")
                for alias in node.names:
                    for candidate in (f"{target}.{alias.name}", target):
                        if candidate in modules:
                            found.add(candidate)
                            break
            elif isinstance(node, ast.Import):
                found |= {alias.name for alias in node.names if alias.name in modules}
        graph[name] = found - {name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    found, state, stack = [], {}, []

    def visit(node):
        state[node] = "open"
        stack.append(node)
        for child in sorted(graph.get(node, ())):
            if state.get(child) == "open":
                found.append(stack[stack.index(child):] + [child])
            elif child not in state:
                visit(child)
        stack.pop()
        state[node] = "done"

    for node in sorted(graph):
        if node not in state:
            visit(node)
    return found


def test_the_walk_sees_the_imports_it_should():
    graph = imports()
    assert "passpause.parse" in graph["passpause.notes"]
    assert "passpause.models" in graph["passpause.write.importfile"]


def test_the_cycle_finder_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == [["a", "b", "c", "a"]]


def test_no_import_cycles():
    assert cycles(imports()) == []


def test_every_interface_language_has_a_configuration_template():
    from passpause.write.labels import languages

    templates = PACKAGE / "templates"
    assert {p.suffixes[0][1:] for p in templates.glob("passpause.*.toml")} == set(languages())
