import numpy as np


def train(X, Y, hidden_units, iterations, learning_rate, randn):
    """
    Gradient descent  (notes 004, "Gradient descent for 1-hidden layer network": "Repeat …"):

      { nX, nH, nY } = layerSizes(X, Y, hiddenUnits); params = initializeParameters(nX, nH, nY, randn)
      `iterations` times: forward → costs.push(cost(A2, Y)) → backward → update

    X (n_x, m), Y (1, m). costs[i] is the cost before update i, so costs.length === iterations.

    Arrays are 2-D numpy arrays of floats (shapes above); a number is a Python float.
    Return new values: never change an argument in place (`mutates-input`).
    """
    raise NotImplementedError("not implemented yet: shallow-network/train")
