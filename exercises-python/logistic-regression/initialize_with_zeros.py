import numpy as np


def initialize_with_zeros(dim):
    """
    w = zeros of shape (dim, 1), b = 0  (notes 004, "Binary Classification": w has one weight per feature).

    dim is n_x, the number of features (rows of X). Zeros are fine for logistic regression: there is a
    single unit, so there is no symmetry to break (unlike the hidden layers of the networks).

    Arrays are 2-D numpy arrays of floats (shapes above); a number is a Python float.
    Return new values: never change an argument in place (`mutates-input`).
    """
    raise NotImplementedError("not implemented yet: logistic-regression/initializeWithZeros")
