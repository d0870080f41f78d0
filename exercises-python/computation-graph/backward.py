import numpy as np


def backward(a, b, c):
    """
    Backward pass: the chain rule from J back to a, b and c  (notes 004, "Computation graph").

      dJ/dv = 3
      dJ/du = dJ/dv · dv/du = 3 · 1
      dJ/da = dJ/dv · dv/da = 3 · 1
      dJ/db = dJ/du · du/db = dJ/du · c
      dJ/dc = dJ/du · du/dc = dJ/du · b

    Example: a = 5, b = 3, c = 2 gives dJdv = 3, dJdu = 3, dJda = 3, dJdb = 6, dJdc = 9.
    Careful: the notes write `dv/du = a` and `dv/da = u`; since v = a + u both are 1.

    Arrays are 2-D numpy arrays of floats (shapes above); a number is a Python float.
    Return new values: never change an argument in place (`mutates-input`).
    """
    raise NotImplementedError("not implemented yet: computation-graph/backward")
