import numpy as np


def sigmoid(z):
    """
    σ(z) = 1 / (1 + e^{-z}), entry by entry  (notes 003, 004 "Binary Classification").

    z: a number → a number; an array of any shape → a new array of the same shape (np.exp works on both).
    Must give 0 and 1, never NaN, for z = -1000 and z = 1000: e^{1000} is Infinity in floating point;
    1 / (1 + Infinity) is 0, fine, but e^{z} / (1 + e^{z}) at z = 1000 is Infinity/Infinity = NaN.
    Mind the sign: 1 / (1 + e^{+z}) is the mirror image (misconception `sigmoid-sign`).

    Arrays are 2-D numpy arrays of floats (shapes above); a number is a Python float.
    Return new values: never change an argument in place (`mutates-input`).
    """
    raise NotImplementedError("not implemented yet: logistic-regression/sigmoid")
