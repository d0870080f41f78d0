import numpy as np


def forward(a, b, c):
    """
    Forward pass through the computation graph of J(a, b, c) = 3(a + bc)  (notes 004, "Computation graph"):

      u = b·c
      v = a + u
      J = 3·v

    All values are plain numbers. Example: a = 5, b = 3, c = 2 gives u = 6, v = 11, J = 33.
    (The notes write `u = a + bc` in one place; the graph is u = bc, v = a + u.)

    Arrays are 2-D numpy arrays of floats (shapes above); a number is a Python float.
    Return new values: never change an argument in place (`mutates-input`).
    """
    raise NotImplementedError("not implemented yet: computation-graph/forward")
