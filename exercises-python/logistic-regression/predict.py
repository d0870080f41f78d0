import numpy as np


def predict(w, b, X):
    """
    Ŷ = 1 where A = σ(wᵀX + b) > 0.5, else 0  (notes 004, "Binary Classification").

    w (n_x, 1), b a number, X (n_x, m) → (1, m) of 0/1 labels, not the probabilities
    (`returns-probabilities`).

    Arrays are 2-D numpy arrays of floats (shapes above); a number is a Python float.
    Return new values: never change an argument in place (`mutates-input`).
    """
    raise NotImplementedError("not implemented yet: logistic-regression/predict")
