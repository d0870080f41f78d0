# Loads a student's Python files: step files and modules as members of one package per exercise
# (so `from .sigmoid import sigmoid` works), sibling imports (`from sigmoid import sigmoid`) from
# the exercise being loaded, and notebooks by their imports and function definitions only (the
# AST: no other top-level code of a notebook ever runs).
import ast
import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import re
import sys
import types

KEPT = (ast.Import, ast.ImportFrom, ast.FunctionDef, ast.AsyncFunctionDef)


def package_name(exercise):
    return '_mlgrade_' + re.sub(r'\W', '_', exercise)


class _Alias(importlib.abc.Loader):
    """`import sigmoid` from a step of exercise E is E's own `sigmoid.py`, the package member."""

    def __init__(self, target):
        self.target = target

    def create_module(self, spec):
        return importlib.import_module(self.target)

    def exec_module(self, module):
        pass


class StudentLoader(importlib.abc.MetaPathFinder):
    def __init__(self, root):
        self.root = root
        self.current = None
        self.aliases = set()
        self.cache = {}

    def find_spec(self, fullname, path=None, target=None):
        if self.current is None or '.' in fullname:
            return None
        if not os.path.isfile(os.path.join(self.root, self.current, fullname + '.py')):
            return None
        self.aliases.add(fullname)
        return importlib.util.spec_from_loader(fullname, _Alias(package_name(self.current) + '.' + fullname))

    def _package(self, exercise):
        name = package_name(exercise)
        if name not in sys.modules:
            spec = importlib.machinery.ModuleSpec(name, None, is_package=True)
            spec.submodule_search_locations = [os.path.join(self.root, exercise)]
            module = importlib.util.module_from_spec(spec)
            sys.modules[name] = module
        return name

    def load(self, module_path):
        """The module at `<exercise>/<file>` (.py or .ipynb), loaded once; a load error is raised again."""
        if module_path not in self.cache:
            try:
                self.cache[module_path] = ('ok', self._load(module_path))
            except BaseException as error:  # noqa: B036 - a sys.exit at the top level is the file's error
                self.cache[module_path] = ('error', error)
        kind, value = self.cache[module_path]
        if kind == 'error':
            raise value
        return value

    def _load(self, module_path):
        exercise, _, file = module_path.partition('/')
        package = self._package(exercise)
        for name in self.aliases:
            sys.modules.pop(name, None)  # an alias of another exercise's step
        self.aliases = set()
        self.current = exercise
        try:
            full = os.path.join(self.root, exercise, file)
            if file.endswith('.ipynb'):
                return load_notebook(full, module_path, package)
            stem = file[:-3]
            if stem == '__init__' or '/' in stem or not stem.isidentifier():
                name = '%s.%s' % (package, re.sub(r'\W', '_', stem))
                spec = importlib.util.spec_from_file_location(name, full)
                module = importlib.util.module_from_spec(spec)
                sys.modules[name] = module
                spec.loader.exec_module(module)
                return module
            return importlib.import_module('%s.%s' % (package, stem))
        finally:
            self.current = None


def notebook_cells(text, label):
    """The code cells of a notebook, as source text, IPython `%` and `!` lines left out."""
    try:
        notebook = json.loads(text)
        cells = notebook['cells']
    except (ValueError, KeyError, TypeError) as error:
        raise SyntaxError('%s is not a notebook (%s): save it again from Jupyter' % (label, error)) from None
    out = []
    for number, cell in enumerate(cells, start=1):
        if not isinstance(cell, dict) or cell.get('cell_type') != 'code':
            continue
        source = cell.get('source', '')
        source = ''.join(source) if isinstance(source, list) else str(source)
        lines = ['' if line.lstrip().startswith(('%', '!')) else line for line in source.split('\n')]
        out.append((number, '\n'.join(lines)))
    return out


def load_notebook(full, label, package):
    with open(full, encoding='utf-8') as handle:
        text = handle.read()
    name = '%s.%s' % (package, re.sub(r'\W', '_', os.path.basename(full)[:-6]))
    module = types.ModuleType(name)
    module.__file__ = full
    module.__package__ = package
    sys.modules[name] = module
    for number, source in notebook_cells(text, label):
        try:
            tree = ast.parse(source, filename=full)
        except SyntaxError as error:
            message = '%s: cell %d, line %s: %s' % (label, number, error.lineno, error.msg)
            raise SyntaxError(message) from None
        kept = [node for node in tree.body if isinstance(node, KEPT)]
        if kept:
            code = compile(ast.Module(body=kept, type_ignores=[]), '%s[cell %d]' % (full, number), 'exec')
            exec(code, module.__dict__)  # imports and definitions only: nothing else of the cell
    return module
