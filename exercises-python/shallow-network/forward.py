import numpy as np


def forward(X, params):
    """
    Forward propagation, sigmoid in both layers  (notes 004 "Gradient descent for 1-hidden layer network", 000):

      Z1 = W1 X + b1      (n_h, n_x)·(n_x, m) + (n_h, 1) → (n_h, m)
      A1 = σ(Z1)          (n_h, m)
      Z2 = W2 A1 + b2     (n_y, n_h)·(n_h, m) + (n_y, 1) → (n_y, m)
      A2 = σ(Z2)          (n_y, m)

    Returns { A2, cache: { Z1, A1, Z2, A2 } }. Notes 004 "Neural network representation" write
    `w^[1]T X`: there w stacks the units as columns. Here W1 already has one row per unit: no transpose.
    Do not forget + b (`missing-bias`).

    Arrays are 2-D numpy arrays of floats (shapes above); a number is a Python float.
    Return new values: never change an argument in place (`mutates-input`).
    """
    raise NotImplementedError("not implemented yet: shallow-network/forward")
