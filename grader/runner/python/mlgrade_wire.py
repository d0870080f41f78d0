# Values across the process boundary, Python side of grader/model/wire.ts: ml-matrix rows <-> 2-D
# float64 arrays, numbers (numpy scalars and 0-d arrays included), tagged non-finite numbers, the
# seeded randn stream, and paths into earlier results. A 1-D array is never widened to 2-D: it
# crosses as a description, so the grader can say the keepdims was lost.
import math

import numpy as np

MAX_DEPTH = 12

# Where a TypeScript step returns an object, a Python step may return a tuple of the same values in
# this order (../shared/curriculum.md, "Python submissions"). Keyed by exercise, then step id.
TUPLE_KEYS = {
    'computation-graph': {'forward': ('u', 'v', 'J'), 'backward': ('dJdv', 'dJdu', 'dJda', 'dJdb', 'dJdc')},
    'logistic-regression': {'initializeWithZeros': ('w', 'b'), 'train': ('params', 'costs')},
    'shallow-network': {'layerSizes': ('nX', 'nH', 'nY'), 'forward': ('A2', 'cache'), 'train': ('params', 'costs')},
    'deep-network': {'activationForward': ('A', 'cache'), 'modelForward': ('AL', 'caches'), 'train': ('params', 'costs')},
}


# --- the seeded standard-normal stream: grader/random.ts, bit for bit (xoroshiro128+, Box-Muller)

def _i32(x):
    x &= 0xFFFFFFFF
    return x - 0x100000000 if x & 0x80000000 else x


def _imul(a, b):
    return _i32((a & 0xFFFFFFFF) * (b & 0xFFFFFFFF))


def _mix32(x):
    z = _i32(x)
    z = _imul(z ^ ((z & 0xFFFFFFFF) >> 16), 0x21f0aaad)
    z = _imul(z ^ ((z & 0xFFFFFFFF) >> 15), 0x735a2d97)
    return _i32(z ^ ((z & 0xFFFFFFFF) >> 15))


def _state_of(seed):
    lo = seed & 0xFFFFFFFF
    hi = _i32(math.floor(seed / 0x100000000))
    counter = _mix32(lo ^ _mix32(hi))
    state = []
    for _ in range(4):
        counter = _i32(counter + 0x9e3779b9)
        state.append(_mix32(counter))
    return state if any(state) else [1, 0, 0, 0]


class Randn:
    """`randn()` is the next float of the seeded stream; `randn(rows, cols)` a (rows, cols) array, row by row."""

    def __init__(self, seed):
        self._s01, self._s00, self._s11, self._s10 = _state_of(int(seed))
        self._spare = None

    def _next(self):
        s00, s01, s10, s11 = self._s00, self._s01, self._s10, self._s11
        out = _i32(s00 + s10)
        a0, a1 = _i32(s10 ^ s00), _i32(s11 ^ s01)
        u = lambda x: x & 0xFFFFFFFF  # noqa: E731 - JavaScript's >>> works on the unsigned value
        self._s00 = _i32((s00 << 24) ^ (u(s01) >> 8) ^ a0 ^ (a0 << 16))
        self._s01 = _i32((s01 << 24) ^ (u(s00) >> 8) ^ a1 ^ ((a1 << 16) | (u(a0) >> 16)))
        self._s10 = _i32((a1 << 5) ^ (u(a0) >> 27))
        self._s11 = _i32((a0 << 5) ^ (u(a1) >> 27))
        return out

    def _uniform(self):
        v1 = self._next() & 67108863
        v2 = self._next() & 134217727
        return v1 * 1.4901161193847656e-8 + v2 * 1.1102230246251565e-16

    def _normal(self):
        if self._spare is not None:
            z, self._spare = self._spare, None
            return z
        u1 = 1 - self._uniform()
        u2 = self._uniform()
        radius = math.sqrt(-2 * math.log(u1))
        self._spare = radius * math.sin(2 * math.pi * u2)
        return radius * math.cos(2 * math.pi * u2)

    def __call__(self, *shape):
        if not shape:
            return self._normal()
        rows, cols = (int(shape[0]), int(shape[1])) if len(shape) > 1 else (int(shape[0]), 1)
        return np.array([[self._normal() for _ in range(cols)] for _ in range(rows)], dtype=np.float64)

    def __repr__(self):
        return 'randn'


# --- wire -> Python

def number_of(w):
    if isinstance(w, dict) and '$num' in w:
        return float(w['$num'].lower().replace('infinity', 'inf'))
    return w


def materialize(w, results):
    if isinstance(w, list):
        return [materialize(x, results) for x in w]
    if not isinstance(w, dict):
        return w
    if '$m' in w:
        rows = [[float(number_of(x)) for x in row] for row in w['$m']]
        return np.array(rows, dtype=np.float64).reshape(len(rows), len(rows[0]) if rows else 0)
    if '$num' in w:
        return number_of(w)
    if '$randn' in w:
        return Randn(w['$randn'])
    if '$undefined' in w:
        return None
    if '$ref' in w:
        value = results[int(w['$ref'][0])]
        for key in w['$ref'][1:]:
            value = value[key]
        return value
    out = {key: materialize(value, results) for key, value in w.items()}
    if 'APrev' in out and 'A_prev' not in out:
        out['A_prev'] = out['APrev']  # caches the grader hands over carry both spellings
    return out


# --- Python -> wire

def encode_number(x):
    x = float(x)
    if math.isfinite(x):
        return x
    return {'$num': 'NaN' if math.isnan(x) else ('Infinity' if x > 0 else '-Infinity')}


def encode_array(a):
    if a.ndim == 0:
        return encode(a.item())
    if a.dtype == object or not (np.issubdtype(a.dtype, np.number) or a.dtype == np.bool_):
        return {'$other': 'numpy array of %s' % a.dtype}
    if a.ndim == 1:
        return {'$other': 'numpy array of shape (%d,): 1-D where a 2-D array is due (keepdims lost?)' % a.shape[0]}
    if a.ndim > 2:
        return {'$other': 'numpy array of shape %s' % (a.shape,)}
    return {'$m': [[encode_number(x) for x in row] for row in a.astype(np.float64).tolist()]}


def encode(x, depth=0):
    if depth > MAX_DEPTH:
        return {'$other': 'nesting too deep'}
    if isinstance(x, (bool, np.bool_)):
        return bool(x)
    if isinstance(x, (int, float, np.integer, np.floating)):
        return encode_number(x)
    if isinstance(x, str):
        return x
    if x is None:
        return {'$other': 'None'}
    if isinstance(x, np.ndarray):
        return encode_array(x)
    if isinstance(x, tuple) and all(isinstance(v, (int, np.integer)) for v in x):
        return {'$other': 'tuple %s (a shape, not a value: np.shape(...) returned?)' % (tuple(int(v) for v in x),)}
    if isinstance(x, (list, tuple)):
        return [encode(item, depth + 1) for item in x]
    if isinstance(x, dict):
        out = {str(k): encode(v, depth + 1) for k, v in x.items() if not (k == 'A_prev' and 'APrev' in x)}
        if 'A_prev' in out and 'APrev' not in out:
            out['APrev'] = out.pop('A_prev')
        return out
    if isinstance(x, Randn):
        return {'$other': 'function'}
    return {'$other': 'function' if callable(x) else type(x).__name__}


def normalize(exercise, step, value):
    """A tuple where the contract allows one becomes the object with the TypeScript keys."""
    keys = TUPLE_KEYS.get(exercise, {}).get(step)
    if keys and isinstance(value, tuple) and len(value) == len(keys):
        return dict(zip(keys, value))
    return value


def first_difference(a, b, path=''):
    """Where two wire values first differ (grader/runner/diff.ts), or None."""
    if a == b:
        return None
    if isinstance(a, dict) and '$randn' in a:
        return None
    if isinstance(a, list) or isinstance(b, list):
        if not (isinstance(a, list) and isinstance(b, list)) or len(a) != len(b):
            return path
        for i, (x, y) in enumerate(zip(a, b)):
            d = first_difference(x, y, '%s[%d]' % (path, i))
            if d is not None:
                return d
        return None
    if not (isinstance(a, dict) and isinstance(b, dict)):
        return path
    for key in list(a.keys()) + [k for k in b.keys() if k not in a]:
        inner = path if key.startswith('$') else ('%s.%s' % (path, key) if path else key)
        d = first_difference(a.get(key), b.get(key), inner)
        if d is not None:
            return d
    return None
