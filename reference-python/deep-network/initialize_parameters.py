import math

import numpy as np


def initialize_parameters(layer_dims, randn):
    """W[l] = randn(n[l], n[l-1]) / sqrt(n[l-1]), row by row, layer by layer; b[l] zeros (notes 001)."""
    params = {}
    for l in range(1, len(layer_dims)):
        params["W%d" % l] = randn(layer_dims[l], layer_dims[l - 1]) / math.sqrt(layer_dims[l - 1])
        params["b%d" % l] = np.zeros((layer_dims[l], 1))
    return params
