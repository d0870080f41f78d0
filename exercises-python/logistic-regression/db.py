import numpy as np


def db(dZ):
    """
    db = (1/m) Σ_i dZ⁽ⁱ⁾  (notes 004, "Vectorizing logistic regression"), a number like b.

    dZ (1, m) → the average of its m entries. m = columns of dZ.
    Warning: notes 004 write `db = 1/n np.sum(dZ)`; it must be 1/m (`divide-by-n`). And db is not
    multiplied by X, unlike dw (notes 003's `db = 1/m x·dz`, `db-times-input`).

    Arrays are 2-D numpy arrays of floats (shapes above); a number is a Python float.
    Return new values: never change an argument in place (`mutates-input`).
    """
    raise NotImplementedError("not implemented yet: logistic-regression/db")
