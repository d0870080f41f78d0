import numpy as np


def predict(X, params):
    """
    Ŷ = 1 where A2 > 0.5, else 0  (notes 004, "Neural network representation": "predictions for the classes").

    X (n_x, m) → (1, m) of 0/1 labels, not probabilities (`returns-probabilities`).

    Arrays are 2-D numpy arrays of floats (shapes above); a number is a Python float.
    Return new values: never change an argument in place (`mutates-input`).
    """
    raise NotImplementedError("not implemented yet: shallow-network/predict")
