import numpy as np


def backward(params, cache, X, Y):
    """
    Back propagation  (notes 000, 004 "Gradient descent for 1-hidden layer network"):

      dZ2 = A2 - Y                              (n_y, m)
      dW2 = (1/m) dZ2 A1ᵀ                       (n_y, m)·(m, n_h) → (n_y, n_h)
      db2 = (1/m) np.sum(dZ2, axis 1)           (n_y, 1)
      dZ1 = (W2ᵀ dZ2) * A1(1 - A1)              (n_h, n_y)·(n_y, m) → (n_h, m), * element-wise
      dW1 = (1/m) dZ1 Xᵀ                        (n_h, n_x)
      db1 = (1/m) np.sum(dZ1, axis 1)           (n_h, 1)

    m = columns of X. Warnings about notes 004: `dz^[1] = 1/m dw^[2]T dz^[2] * g^[2]'(z^[2])` is wrong
    three times — no 1/m in dZ1 (`double-1-over-m`), W2 not dW2, and g'^[1](Z1) = A1(1-A1), not g'^[2]
    (`wrong-layer-derivative`). `db = 1/m np.sum(dz)` sums everything: sum each row (`db-wrong-axis`).
    σ'(Z1) is A1(1-A1), not Z1(1-Z1) (`sigmoid-derivative-of-z`).

    Arrays are 2-D numpy arrays of floats (shapes above); a number is a Python float.
    Return new values: never change an argument in place (`mutates-input`).
    """
    raise NotImplementedError("not implemented yet: shallow-network/backward")
