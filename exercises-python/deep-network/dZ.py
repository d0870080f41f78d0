import numpy as np


def dZ(dA, Z, activation):
    """
    dZ^[l] = dA^[l] * g'^[l](Z^[l]), element-wise  (notes 002, 004 "Back propagation").

    dA, Z (n^[l], m) → (n^[l], m).
      sigmoid: g'(Z) = σ(Z)(1 - σ(Z)) — of σ(Z), not of Z (`sigmoid-derivative-of-z`)
      relu:    g'(Z) = 1 where Z > 0, else 0
    Always multiply by g' (`missing-activation-derivative`), the g' of this layer's own Z
    (`wrong-layer-derivative`), and no 1/m here (`double-1-over-m`).

    Arrays are 2-D numpy arrays of floats (shapes above); a number is a Python float.
    Return new values: never change an argument in place (`mutates-input`).
    """
    raise NotImplementedError("not implemented yet: deep-network/dZ")
