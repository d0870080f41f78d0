import numpy as np


def cost(A, Y):
    """
    J = -(1/m) Σ_i [ y⁽ⁱ⁾ log a⁽ⁱ⁾ + (1 - y⁽ⁱ⁾) log(1 - a⁽ⁱ⁾) ]
      (notes 004 "Binary Classification", 001).

    A (1, m) probabilities, Y (1, m) labels 0/1 → a number. m = columns of Y.
    Keep the leading minus (notes 003 drop it: `cost-sign`) and use the log loss, not the squared error
    (a-y)² that notes 003 also try (`squared-error`).

    Arrays are 2-D numpy arrays of floats (shapes above); a number is a Python float.
    Return new values: never change an argument in place (`mutates-input`).
    """
    raise NotImplementedError("not implemented yet: logistic-regression/cost")
