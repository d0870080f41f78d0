import numpy as np


def dW(X, dZ):
    """dw = (1/m) X dZ.T, (n_x, 1) (notes 004, "Vectorizing logistic regression")."""
    m = X.shape[1]
    return np.dot(X, dZ.T) / m
