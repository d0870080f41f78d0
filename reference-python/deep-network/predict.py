import numpy as np

from .model_forward import model_forward


def predict(X, params):
    """1 where AL > 0.5, else 0."""
    return (model_forward(X, params)[0] > 0.5).astype(np.float64)
