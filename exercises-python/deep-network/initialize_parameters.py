import numpy as np


def initialize_parameters(layer_dims, randn):
    """
    Random initialisation  (notes 001 shapes, 004 "Deep neural networks"):

      W^[l] = randn / sqrt(n^[l-1])   shape (n^[l], n^[l-1])
      b^[l] = zeros                   shape (n^[l], 1)         for l = 1 … L

    layer_dims = [n_x, n^[1], …, n^[L]], so L = len(layer_dims) - 1. Fill W1 row by row (row 0 left to
    right, then row 1, …), then W2, …, calling randn() once per entry. Zero weights never break the
    symmetry between units (`zero-init`); unscaled ones blow up deep networks (`unscaled-init`).

    Arrays are 2-D numpy arrays of floats (shapes above); a number is a Python float.
    Return new values: never change an argument in place (`mutates-input`).
    """
    raise NotImplementedError("not implemented yet: deep-network/initializeParameters")
