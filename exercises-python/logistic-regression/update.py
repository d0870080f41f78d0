import numpy as np


def update(params, grads, learning_rate):
    """
    One gradient-descent step  (notes 004, "Gradient descent"):

      w := w - α dw      (n_x, 1)
      b := b - α db      a number

    Return NEW params: do not change `params` (ml-matrix's `w.sub(...)` would, `mutates-input`).
    Minus, not plus: W + α dW climbs the cost (`update-sign`).

    Arrays are 2-D numpy arrays of floats (shapes above); a number is a Python float.
    Return new values: never change an argument in place (`mutates-input`).
    """
    raise NotImplementedError("not implemented yet: logistic-regression/update")
