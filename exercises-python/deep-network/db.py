import numpy as np


def db(dZ):
    """
    db^[l] = (1/m) np.sum(dZ^[l], axis=1, keepdims=True)  (notes 001 `sum(dz, 1)`, 004 "vectorized form").

    dZ (n^[l], m) → (n^[l], 1) like b^[l]: each row summed over the m examples, then divided by m.
    Notes 002 say "sum over D features": that sums the wrong axis (`db-wrong-axis`); notes 004's
    `1/n np.sum(dZ)` divides by the wrong count (`divide-by-n`); notes 003 multiply by x (`db-times-input`).

    Arrays are 2-D numpy arrays of floats (shapes above); a number is a Python float.
    Return new values: never change an argument in place (`mutates-input`).
    """
    raise NotImplementedError("not implemented yet: deep-network/db")
