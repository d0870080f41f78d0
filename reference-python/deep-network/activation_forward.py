from .linear_forward import linear_forward
from .relu import relu
from .sigmoid import sigmoid


def activation_forward(A_prev, W, b, activation):
    """Z = W A_prev + b, A = g(Z); the cache keeps A_prev, W, b, Z (notes 001)."""
    Z = linear_forward(A_prev, W, b)
    A = sigmoid(Z) if activation == "sigmoid" else relu(Z)
    return A, {"A_prev": A_prev, "W": W, "b": b, "Z": Z}
