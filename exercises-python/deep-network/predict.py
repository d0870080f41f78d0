import numpy as np


def predict(X, params):
    """
    Ŷ = 1 where A^[L] > 0.5, else 0  (notes 004 "Deep neural networks": a^[L] = ŷ).

    X (n_x, m) → (1, m) of 0/1 labels, not probabilities (`returns-probabilities`).

    Arrays are 2-D numpy arrays of floats (shapes above); a number is a Python float.
    Return new values: never change an argument in place (`mutates-input`).
    """
    raise NotImplementedError("not implemented yet: deep-network/predict")
