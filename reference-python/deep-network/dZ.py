from .sigmoid import sigmoid


def dZ(dA, Z, activation):
    """dZ = dA * g'(Z): relu' = 1 where Z > 0, sigmoid' = s (1 - s) (notes 002)."""
    if activation == "relu":
        return dA * (Z > 0)
    s = sigmoid(Z)
    return dA * s * (1 - s)
