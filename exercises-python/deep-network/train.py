import numpy as np


def train(X, Y, layer_dims, iterations, learning_rate, randn):
    """
    Gradient descent for an L-layer network  (notes 001, 004 "Deep neural networks"):

      params = initialize_parameters(layer_dims, randn)
      `iterations` times: model_forward → costs.append(cost(AL, Y)) → model_backward → update

    X (n_x, m), Y (1, m), layer_dims = [n_x, n^[1], …, n^[L]]. len(costs) == iterations; return params, costs.

    Arrays are 2-D numpy arrays of floats (shapes above); a number is a Python float.
    Return new values: never change an argument in place (`mutates-input`).
    """
    raise NotImplementedError("not implemented yet: deep-network/train")
