import numpy as np


def cost(AL, Y):
    """
    J = -(1/m) Σ_i [ y_i log(a_i) + (1 - y_i) log(1 - a_i) ]  (notes 001 "Cost").

    AL (1, m), Y (1, m) → a number; m = columns of Y. Average (`missing-1-over-m`), keep the leading
    minus (`cost-sign`), log loss not squared error (`squared-error`).

    Arrays are 2-D numpy arrays of floats (shapes above); a number is a Python float.
    Return new values: never change an argument in place (`mutates-input`).
    """
    raise NotImplementedError("not implemented yet: deep-network/cost")
