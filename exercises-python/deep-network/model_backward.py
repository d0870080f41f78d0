import numpy as np


def model_backward(AL, Y, caches):
    """
    The whole backward pass  (notes 001 "Complete Back Propagation", 004 "Back propagation"):

      dZ^[L] = A^[L] - Y                                   (sigmoid + log loss)
      for l = L … 1:
        dW^[l] = (1/m) dZ^[l] A^[l-1]ᵀ,  db^[l] = (1/m) row sums of dZ^[l]
        dA^[l-1] = W^[l]ᵀ dZ^[l];  dZ^[l-1] = dA^[l-1] * relu'(Z^[l-1])   (if l > 1)

    AL, Y (1, m); caches[l-1] holds {"A_prev", "W", "b", "Z"} of layer l. Returns {"dW1": …, "db1": …, …}.

    Arrays are 2-D numpy arrays of floats (shapes above); a number is a Python float.
    Return new values: never change an argument in place (`mutates-input`).
    """
    raise NotImplementedError("not implemented yet: deep-network/modelBackward")
