# The Python student process: the same protocol as the Node one (grader/runner/protocol.ts,
# child.ts): requests as JSON lines on fd 3, replies on fd 4, each echoing its request's nonce, the
# first line `{"id":0,"type":"ready"}` before any student code is loaded. The grader checks every
# reply against schema/channel.schema.json; nothing here is a security boundary (student code runs
# in this very process): it keeps honest mistakes readable (a sys.exit becomes a step error).
# Usage: python3 -I -B runner.py ROOT   (stdlib and numpy only)
import io
import json
import os
import sys
import time
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
try:
    import numpy as np  # noqa: F401 - imported before any student code, and before the guard
except ImportError as error:
    sys.stderr.write('NumpyMissingError: %s cannot import numpy (%s): install python3-numpy (Debian) or set MLGRADE_PYTHON '
                     'to a python3 with numpy that every user can read\n' % (sys.executable, error))
    sys.exit(3)
import mlgrade_guard as guard  # noqa: E402
from mlgrade_loader import StudentLoader  # noqa: E402
from mlgrade_wire import encode, first_difference, materialize, normalize  # noqa: E402

sys.path.pop(0)
ROOT = os.path.realpath(sys.argv[1] if len(sys.argv) > 1 else '.')
REQUESTS_FD, REPLIES_FD = 3, 4
MAX_OUTPUT = 4096
MAX_NAME, MAX_MESSAGE, MAX_STACK = 200, 4000, 8000
JS_TYPES = {bool: 'boolean', int: 'number', float: 'number', str: 'string', type(None): 'undefined'}

loader = StudentLoader(ROOT)
sys.meta_path.insert(0, loader)
sys.dont_write_bytecode = True


class Capture(io.TextIOBase):
    """What a step prints, kept up to MAX_OUTPUT characters."""

    def __init__(self):
        self.text = ''

    def write(self, s):
        s = str(s)
        if len(self.text) < MAX_OUTPUT:
            self.text += s[:MAX_OUTPUT - len(self.text)]
        return len(s)

    def writable(self):
        return True


_write = os.write


def send(reply):
    data = ('\n' + json.dumps(reply, allow_nan=False, separators=(',', ':')) + '\n').encode('utf-8')
    while data:
        data = data[_write(REPLIES_FD, data):]


def camel(name):
    parts = name.split('_')
    return parts[0] + ''.join(p[:1].upper() + p[1:] for p in parts[1:])


def python_names(step):
    """`linearForward` -> linear_forward; the gradient steps keep the notes' names: dZ, dA_prev."""
    snake = ''.join('_' + c.lower() if c.isupper() else c for c in step)
    names = [step, snake]
    if len(step) > 1 and step[0] == 'd' and step[1].isupper():
        names.insert(1, step[:2] + ''.join('_' + c.lower() if c.isupper() else c for c in step[2:]))
    return names


def frames(error):
    out = []
    for frame in traceback.extract_tb(error.__traceback__):
        if frame.filename.startswith(ROOT + os.sep) and '.mlgrade-python' not in frame.filename:
            out.append('    at %s (%s:%s:1)' % (frame.name, frame.filename, frame.lineno))
    if isinstance(error, SyntaxError) and error.filename and error.lineno:
        out.append('    at <module> (%s:%s:%s)' % (error.filename, error.lineno, error.offset or 1))
    return out


def error_of(error):
    name = type(error).__name__
    if isinstance(error, SystemExit):
        message = 'the step called sys.exit(%s): a step returns its result instead of ending the program' % (error.code,)
    elif isinstance(error, SyntaxError) and error.filename and error.lineno:
        where = os.path.relpath(error.filename, ROOT)
        message = '%s:%s:%s: %s' % (where, error.lineno, error.offset or 1, error.msg)
    else:
        try:
            message = str(error)
        except Exception:  # noqa: BLE001 - a student's __str__ may raise
            message = '(unreadable)'
    stack = '\n'.join(['%s: %s' % (name, message)] + frames(error))
    return {'name': name[:MAX_NAME], 'message': message[:MAX_MESSAGE], 'stack': stack[:MAX_STACK]}


def function_of(call):
    module = loader.load(call['module'])
    for name in python_names(call['name']):
        fn = getattr(module, name, None)
        if callable(fn):
            return fn
    error = TypeError('%s is not a function: define %s in %s' % (call['name'], python_names(call['name'])[-1], call['module']))
    raise error


def invoke(call, results):
    fn = function_of(call)
    args = [materialize(a, results) for a in call['args']]
    kwargs = {}
    if call['name'] == 'train' and args and isinstance(args[-1], dict):
        # options are keyword parameters in Python: learningRate -> learning_rate
        kwargs = {python_names(k)[1]: v for k, v in args.pop().items()}
    value = normalize(call['module'].split('/')[0], call['name'], fn(*args, **kwargs))
    return args, value


def inspect_modules(modules):
    out = {}
    for module_path in modules:
        try:
            module = loader.load(module_path)
            exports = {}
            for name, value in vars(module).items():
                if name.startswith('_') or isinstance(value, type(sys)):
                    continue
                kind = 'function' if callable(value) else JS_TYPES.get(type(value), 'object')
                exports[name] = kind
                exports.setdefault(camel(name), kind)
            out[module_path] = {'exports': dict(list(exports.items())[:1000])}
        except BaseException as error:  # noqa: B036
            out[module_path] = {'error': error_of(error)}
    return out


def run_pipeline(calls):
    results = []
    for call in calls:
        results.append(invoke(call, results)[1])
    return results[-1]


def numeric_gradients(request):
    calls, eps = request['calls'], request['eps']

    def parent_of(path):
        node = calls
        for key in path[:-1]:
            node = node[key]
        return node

    def cost_at(paths, value):
        leaves = [(parent_of(p), p[-1]) for p in paths]
        before = [parent[key] for parent, key in leaves]
        try:
            for parent, key in leaves:
                parent[key] = value
            cost = run_pipeline(calls)
            if isinstance(cost, np.ndarray) and cost.ndim == 0:
                cost = cost.item()
            if not isinstance(cost, (int, float, np.floating, np.integer)) or isinstance(cost, bool):
                raise TypeError('the cost returned %s, not a number' % type(cost).__name__)
            return float(cost)
        finally:
            for (parent, key), old in zip(leaves, before):
                parent[key] = old

    out = {}
    for tensor, entries in request['slots'].items():
        gradient = []
        for paths in entries:
            original = float(parent_of(paths[0])[paths[0][-1]])
            gradient.append((cost_at(paths, original + eps) - cost_at(paths, original - eps)) / (2 * eps))
        out[tensor] = [encode(g) for g in gradient]
    return out


def handle(request, capture):
    kind = request['type']
    if kind == 'inspect':
        return {'type': 'inspected', 'modules': inspect_modules(request['modules'])}
    if kind == 'call':
        args, value = invoke(request['call'], [])
        mutations = []
        if request.get('checkMutation'):
            for i, wire in enumerate(request['call']['args']):
                where = first_difference(wire, encode(args[i]) if i < len(args) else wire)
                if where is not None:
                    mutations.append({'arg': i, 'path': where})
        return {'type': 'returned', 'value': encode(value), 'mutations': mutations}
    value = numeric_gradients(request) if kind == 'numgrad' else encode(run_pipeline(request['calls']))
    return {'type': 'returned', 'value': value, 'mutations': []}


def answer(request, saved):
    start = time.perf_counter()
    capture = Capture()
    sys.stdout = sys.stderr = capture
    try:
        reply = handle(request, capture)
        changed = guard.restore(saved)
        if changed:
            raise RuntimeError('changed %s: builtins and numpy are shared by every step, so changes to them are undone; '
                               'write a function of your own instead' % ', '.join(changed[:3]))
    except BaseException as error:  # noqa: B036 - sys.exit and KeyboardInterrupt in a step are its errors
        guard.restore(saved)
        reply = {'type': 'threw', 'error': error_of(error)}
    finally:
        sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
    reply.update(id=request['id'], nonce=request['nonce'])
    if reply['type'] != 'inspected':
        reply.update(output=capture.text, ms=(time.perf_counter() - start) * 1000)
    return reply


MEMORY_BYTES = 1024 * 1024 * 1024


def limit_resources():
    """The runner's own caps (the 'memory-cap' layer), also where prlimit is missing: memory, no files, no cores."""
    import resource
    for limit, value in ((resource.RLIMIT_DATA, MEMORY_BYTES), (resource.RLIMIT_FSIZE, 0), (resource.RLIMIT_CORE, 0)):
        soft, hard = resource.getrlimit(limit)
        value = value if hard == resource.RLIM_INFINITY else min(value, hard)
        resource.setrlimit(limit, (value, value))


def main():
    limit_resources()
    os.environ.clear()  # the launch passes almost nothing; a step sees nothing at all
    guard.install()
    saved = guard.snapshot()
    send({'id': 0, 'type': 'ready'})
    buffer = b''
    while True:
        chunk = os.read(REQUESTS_FD, 1 << 16)
        if not chunk:
            os._exit(0)
        buffer += chunk
        while b'\n' in buffer:
            line, buffer = buffer.split(b'\n', 1)
            if line.strip():
                send(answer(json.loads(line), saved))


main()
