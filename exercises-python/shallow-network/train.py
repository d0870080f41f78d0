import numpy as np


def train(X, Y, hidden_units, iterations, learning_rate, randn):
    """
    Gradient descent  (notes 004, "Gradient descent for 1-hidden layer network": "Repeat …"):

      n_x, n_h, n_y = layer_sizes(X, Y, hidden_units); params = initialize_parameters(n_x, n_h, n_y, randn)
      `iterations` times: forward → costs.append(cost(A2, Y)) → backward → update

    X (n_x, m), Y (1, m). costs[i] is the cost before update i, so len(costs) == iterations; return params, costs.

    Arrays are 2-D numpy arrays of floats (shapes above); a number is a Python float.
    Return new values: never change an argument in place (`mutates-input`).
    """
    raise NotImplementedError("not implemented yet: shallow-network/train")
