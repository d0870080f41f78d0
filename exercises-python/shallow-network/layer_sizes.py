import numpy as np


def layer_sizes(X, Y, hidden_units):
    """
    The layer sizes  (notes 004, "Gradient descent for 1-hidden layer network"; 000 "Dimensional Analysis"):

      n_x = n^[0] = rows of X (features), n_h = n^[1] = hidden_units, n_y = n^[2] = rows of Y.

    X (n_x, m), Y (n_y, m): the examples are the columns, so rows count features, not examples.

    Arrays are 2-D numpy arrays of floats (shapes above); a number is a Python float.
    Return new values: never change an argument in place (`mutates-input`).
    """
    raise NotImplementedError("not implemented yet: shallow-network/layerSizes")
