"""The layers of warta, enforced on the source (read with ``ast``, nothing imported).

From the bottom: ``warta.tsv`` (the TSV reader) < ``knowledge`` (language-neutral facts) < ``lexicon``
(the language registry) < ``pipeline`` (the coder) < ``store`` is beside the pipeline, never above it;
``ingest`` and ``api`` sit above both; ``spark``, ``web`` and ``cli`` on top, the CLI above Spark.
Every import counts, also one inside a function.  The engine (``pipeline``) names no language's words,
and the CLI and web name no list of languages: both come from data (``lang/<code>/``, the registry).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from warta.lexicon.registry import available_languages

SRC = Path(__file__).resolve().parents[1] / "src"
PKG = SRC / "warta"

ABOVE_ENGINE = ("warta.store", "warta.ingest", "warta.api", "warta.cli", "warta.web", "warta.spark", "warta.demo")
#: package (or module) -> what it must never import (a prefix: a module and everything under it)
FORBIDDEN = {
    "warta.tsv": ("warta",),
    "warta.knowledge": ("warta.lexicon", "warta.lang", "warta.pipeline", *ABOVE_ENGINE),
    "warta.lexicon": ("warta.pipeline", *ABOVE_ENGINE),
    "warta.pipeline": ABOVE_ENGINE,
    "warta.store": ("warta.ingest", "warta.pipeline", "warta.api", "warta.cli", "warta.web", "warta.spark",
                    "warta.demo"),
    "warta.ingest": ("warta.cli", "warta.web", "warta.spark"),
    "warta.spark": ("warta.cli", "warta.web"),
    "warta.web": ("warta.cli",),
}
#: (importer, imported) -> why it is still there.  Each one is a debt, named here so it cannot grow unseen.
ALLOWED = {
    ("warta.store.names", "warta.pipeline.actors"):
        "the store keeps an alias only if our actor finder reads it as the actor (issue 12); moving that "
        "judgement above the store needs the migration that re-judges stored aliases to get it from above",
}
#: (module, literal) compared with text in the engine that is no word of a language
NOT_WORDS = {
    ("warta.pipeline.numbers", "decimal_mark"): "a setting key of numbers.tsv, compared with its form column",
}


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for p in sorted(PKG.rglob("*.py"))}


def _is_module(name: str) -> bool:
    return name in MODULES


def imports_of(path: Path) -> set[str]:
    """Every warta module ``path`` imports, at the top or inside a function."""
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.split(".")[0] == "warta")
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0 \
                and node.module.split(".")[0] == "warta":
            subs = [f"{node.module}.{a.name}" for a in node.names if _is_module(f"{node.module}.{a.name}")]
            out.update(subs or [node.module])
    return out


def _under(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def violations() -> list[str]:
    found = []
    for importer, path in MODULES.items():
        for layer, banned in FORBIDDEN.items():
            if not _under(importer, layer):
                continue
            for imported in sorted(imports_of(path)):
                if _under(imported, layer) and layer != "warta.tsv":
                    continue  # inside its own layer
                if any(_under(imported, b) for b in banned) and (importer, imported) not in ALLOWED:
                    found.append(f"{importer} imports {imported} (the {layer} layer must not)")
    return found


def test_no_layer_imports_one_above_it():
    assert violations() == []


def test_the_allowed_exceptions_still_exist():
    """An exception that is gone must leave this list too."""
    for importer, imported in ALLOWED:
        assert imported in imports_of(MODULES[importer]), (importer, imported)


def test_the_check_sees_imports_inside_functions(tmp_path):
    module = tmp_path / "m.py"
    module.write_text("def f():\n    from warta.ingest import run_ingest\n    import warta.cli.spark\n"
                      "from warta import store\n", encoding="utf-8")
    assert imports_of(module) == {"warta.ingest", "warta.cli.spark", "warta.store"}


def test_the_store_does_not_code_and_spark_does_not_drive_the_cli():
    """The two edges issue 10 cut: Store.ingest (store → ingest → pipeline) and spark/__main__ (spark → cli)."""
    store = {i for m, p in MODULES.items() if _under(m, "warta.store") for i in imports_of(p)}
    assert not any(_under(i, "warta.ingest") or _under(i, "warta.api") for i in store)
    spark = {i for m, p in MODULES.items() if _under(m, "warta.spark") for i in imports_of(p)}
    assert not any(_under(i, "warta.cli") for i in spark)
    cli = {i for m, p in MODULES.items() if _under(m, "warta.cli") for i in imports_of(p)}
    assert "warta.cli.spark" in cli  # one direction: the CLI drives Spark


# -- the engine names no language words --------------------------------------------------------------------

_TEXT_NAMES = {"low", "text", "word", "words", "form", "tok", "token", "surface", "lemma", "w"}
# a word of a regular expression: "(?:bin|binti|van" or an apostrophe clitic "n['’]t", "['’]s\b"
_REGEX_WORDS = re.compile(r"(?<![\\\w])[a-z]{2,}\|[a-z]{2,}|(?<![\\\w])[a-z]+\[?['’]|['’]\]?[a-z]{1,3}\\b")


def _is_text(node: ast.AST) -> bool:
    """An expression that holds text of the article: ``view.low[k]``, ``t.text``, ``word.lower()``."""
    if isinstance(node, ast.Subscript):
        return _is_text(node.value)
    if isinstance(node, ast.Attribute):
        return node.attr in _TEXT_NAMES
    if isinstance(node, ast.Name):
        return node.id in _TEXT_NAMES
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("lower", "casefold"):
        return True
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "fold"


def _strings(node: ast.AST, constants: dict[str, list[str]]) -> list[str]:
    """String literals with a letter in ``node`` (a module constant's too), not those used as keys."""
    keys = {id(s.slice) for s in ast.walk(node) if isinstance(s, ast.Subscript)}
    out = []
    for c in ast.walk(node):
        if id(c) in keys:
            continue
        if isinstance(c, ast.Constant) and isinstance(c.value, str) and any(ch.isalpha() for ch in c.value):
            out.append(c.value)
        elif isinstance(c, ast.Name) and c.id in constants:
            out.extend(w for w in constants[c.id] if any(ch.isalpha() for ch in w))
    return out


def _docstrings(tree: ast.AST) -> set[int]:
    return {id(n.body[0].value) for n in ast.walk(tree)
            if isinstance(n, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and n.body
            and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}


def language_words(path: Path) -> list[str]:
    """Words of a language the module compares text with, or writes into a regular expression."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    constants: dict[str, list[str]] = {}
    for node in tree.body:  # module constants that are collections of strings: _AUX = frozenset({...})
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            value = node.value
            if isinstance(value, ast.Call) and value.args:
                value = value.args[0]
            if isinstance(value, ast.Tuple | ast.List | ast.Set) and value.elts and all(
                    isinstance(e, ast.Constant) and isinstance(e.value, str) for e in value.elts):
                constants[node.targets[0].id] = [e.value for e in value.elts]
    docs = _docstrings(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
            if any(_is_text(s) for s in sides):
                found += [w for s in sides if not _is_text(s) for w in _strings(s, constants)]
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr in ("startswith", "endswith") and _is_text(node.func.value):
            found += [w for a in node.args for w in _strings(a, constants)]
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs:
            found += [m.group() for m in _REGEX_WORDS.finditer(node.value)]
    return found


ENGINE = sorted(m for m in MODULES if _under(m, "warta.pipeline"))


@pytest.mark.parametrize("module", ENGINE)
def test_the_engine_names_no_language_words(module):
    words = [w for w in language_words(MODULES[module]) if (module, w) not in NOT_WORDS]
    assert words == [], f"{module} names words of a language; they belong in lang/<code>/ (word_classes.tsv ...)"


@pytest.mark.parametrize(("source", "words"), [
    ('def f(view, k):\n    return view.low[k] in ("ke", "to")\n', ["ke", "to"]),
    ('AUX = frozenset({"telah", "has"})\ndef f(view, k):\n    return view.low[k] in AUX\n', ["telah", "has"]),
    ("def f(text, e):\n    return text[e - 2:e] in (\"'s\",)\n", ["'s"]),
    ('import re\nNAME = re.compile(r"(?:bin|binti|van)\\b")\n', ["bin|binti"]),
    ("import re\nTOKEN = re.compile(r\"\\w+(?=n['’]t\\b)|n['’]t|['’]s\\b\")\n", ["n['", "’]t\\b", "n['", "’]s\\b"]),
    ('def f(view, k):\n    return view.low[k] == "," and view.word_classes["aux"]\n', []),
])
def test_the_word_check_finds_words(tmp_path, source, words):
    module = tmp_path / "m.py"
    module.write_text(source, encoding="utf-8")
    assert language_words(module) == words


# -- the CLI and the web take their languages from the registry ----------------------------------------------

def _language_lists(path: Path) -> list[str]:
    codes = set(available_languages())
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = []
    for node in ast.walk(tree):
        elts = None
        if isinstance(node, ast.Tuple | ast.List | ast.Set):
            elts = node.elts
        elif isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Tuple):  # Literal["id", "en"]
            elts = node.slice.elts
        if elts and len(elts) >= 2 and all(isinstance(e, ast.Constant) and e.value in codes for e in elts):
            out.append(f"{path.name}:{node.lineno}")
        if isinstance(node, ast.ClassDef) and any(isinstance(s, ast.Assign) and isinstance(s.value, ast.Constant)
                                                  and s.value.value in codes for s in node.body):
            out.append(f"{path.name}:{node.lineno} (an enum of languages)")
    return out


@pytest.mark.parametrize("package", ["cli", "web"])
def test_cli_and_web_name_no_list_of_languages(package):
    files = sorted((PKG / package).rglob("*.py"))
    assert files
    assert [hit for f in files for hit in _language_lists(f)] == []
    pages = sorted((PKG / package).rglob("*.html"))
    options = [f"{p.name}: {m.group()}" for p in pages
               for m in re.finditer(r'<option value="([a-z]{2,3})"', p.read_text(encoding="utf-8"))
               if m.group(1) in available_languages()]
    assert options == []
