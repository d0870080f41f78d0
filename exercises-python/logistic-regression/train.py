import numpy as np


def train(X, Y, iterations, learning_rate):
    """
    Gradient descent  (notes 004, "Gradient descent" and "Vectorizing logistic regression").

    X (n_x, m), Y (1, m). Start from initializeWithZeros(n_x); then, `iterations` times:
      A = forward(w, b, X);  costs.append(cost(A, Y));  dz = dZ(A, Y)
      params = update(params, {"dw": dW(X, dz), "db": db(dz)}, learning_rate)
    costs[i] is the cost of iteration i before its update, so len(costs) == iterations; return params, costs.

    Arrays are 2-D numpy arrays of floats (shapes above); a number is a Python float.
    Return new values: never change an argument in place (`mutates-input`).
    """
    raise NotImplementedError("not implemented yet: logistic-regression/train")
