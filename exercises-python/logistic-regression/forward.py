import numpy as np


def forward(w, b, X):
    """
    A = σ(wᵀX + b)  (notes 004, "Vectorizing logistic regression").

    w (n_x, 1), b a number, X (n_x, m) → wᵀX is (1, n_x)·(n_x, m) = (1, m); b is added to every
    column (broadcasting); A is (1, m), one probability per example.
    Notes 003 stack examples as rows, `X·w` with X (m, 2): that gives an (m, 1) result, the transpose
    of the right one (misconception `transposed-result`). Here examples are columns.

    Arrays are 2-D numpy arrays of floats (shapes above); a number is a Python float.
    Return new values: never change an argument in place (`mutates-input`).
    """
    raise NotImplementedError("not implemented yet: logistic-regression/forward")
