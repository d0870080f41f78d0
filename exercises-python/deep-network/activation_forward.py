import numpy as np


def activation_forward(A_prev, W, b, activation):
    """
    One layer forward  (notes 004, "forward propagation: input a^[l-1], output a^[l], cache (z^[l])"):

      Z^[l] = W^[l] A^[l-1] + b^[l]         (n^[l], m)
      A^[l] = g^[l](Z^[l])                  g = sigmoid or relu, (n^[l], m)

    Returns (A, cache) or {"A": A, "cache": cache}, cache = {"A_prev", "W", "b", "Z"}: the backward pass of this layer needs all four.

    Arrays are 2-D numpy arrays of floats (shapes above); a number is a Python float.
    Return new values: never change an argument in place (`mutates-input`).
    """
    raise NotImplementedError("not implemented yet: deep-network/activationForward")
