import numpy as np


def sigmoid(z):
    """sigma(z) = 1 / (1 + e^-z), element-wise (notes 004); computed so that z = -1000 gives 0, not NaN."""
    z = np.asarray(z, dtype=np.float64)
    e = np.exp(-np.abs(z))
    s = np.where(z >= 0, 1 / (1 + e), e / (1 + e))
    return s.item() if s.ndim == 0 else s
