import numpy as np


def model_forward(X, params):
    """
    The whole forward pass  (notes 004 "Deep neural networks", "Forward propagation"; 001):

      A^[0] = X                              (n_x, m)
      A^[l] = relu(W^[l] A^[l-1] + b^[l])    l = 1 … L-1
      A^[L] = σ(W^[L] A^[L-1] + b^[L])       (n^[L], m) = AL

    L = number of W's in params. Returns { AL, caches } with caches[l-1] the cache of layer l.

    Arrays are 2-D numpy arrays of floats (shapes above); a number is a Python float.
    Return new values: never change an argument in place (`mutates-input`).
    """
    raise NotImplementedError("not implemented yet: deep-network/modelForward")
