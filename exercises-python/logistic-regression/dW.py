import numpy as np


def dW(X, dZ):
    """
    dw = (1/m) X dZᵀ  (notes 004, "Vectorizing logistic regression"), shape (n_x, 1) like w.

    X (n_x, m), dZ (1, m) → (n_x, m)·(m, 1) = (n_x, 1). m is the number of examples: columns of X.
    Warning: notes 004 write `dw = 1/n X·dZᵀ`; n is the number of features. Divide by m (`divide-by-n`).
    Without the transpose X·dZ does not even multiply (`missing-transpose`).

    Arrays are 2-D numpy arrays of floats (shapes above); a number is a Python float.
    Return new values: never change an argument in place (`mutates-input`).
    """
    raise NotImplementedError("not implemented yet: logistic-regression/dW")
