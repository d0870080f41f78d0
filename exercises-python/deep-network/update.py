import numpy as np


def update(params, grads, learning_rate):
    """
    One gradient-descent step  (notes 001):  W^[l] := W^[l] - α dW^[l],  b^[l] := b^[l] - α db^[l],  l = 1 … L.

    Return NEW params with the same keys and shapes; do not change `params` or `grads` (`mutates-input`).
    Minus, not plus (`update-sign`).

    Arrays are 2-D numpy arrays of floats (shapes above); a number is a Python float.
    Return new values: never change an argument in place (`mutates-input`).
    """
    raise NotImplementedError("not implemented yet: deep-network/update")
