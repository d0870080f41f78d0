import numpy as np


def initialize_parameters(n_x, n_h, n_y, randn):
    """
    Random initialisation  (notes 004, "Gradient descent for 1-hidden layer network"):

      W1 = 0.01·randn  (n_h, n_x)     b1 = zeros (n_h, 1)
      W2 = 0.01·randn  (n_y, n_h)     b2 = zeros (n_y, 1)

    Fill W1 row by row (row 0 left to right, then row 1, …), then W2, calling randn() once per entry.
    Zeros for W make every hidden unit compute the same thing forever (`zero-init`); without the 0.01
    the sigmoid saturates and learning crawls (`unscaled-init`).

    Arrays are 2-D numpy arrays of floats (shapes above); a number is a Python float.
    Return new values: never change an argument in place (`mutates-input`).
    """
    raise NotImplementedError("not implemented yet: shallow-network/initializeParameters")
