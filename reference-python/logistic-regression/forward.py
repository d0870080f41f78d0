import numpy as np
from sigmoid import sigmoid


def forward(w, b, X):
    """A = sigma(w.T X + b), (1, m) (notes 004, "Vectorizing logistic regression")."""
    return sigmoid(np.dot(w.T, X) + b)
