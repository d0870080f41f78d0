import numpy as np

from .dA_prev import dA_prev
from .dW import dW
from .db import db
from .dZ import dZ


def model_backward(AL, Y, caches):
    """dZ[L] = AL - Y; then per layer dW, db, dA_prev, and relu' for the layers below (notes 001)."""
    grads = {}
    dZl = AL - Y
    for l in range(len(caches), 0, -1):
        cache = caches[l - 1]
        grads["dW%d" % l] = dW(dZl, cache["A_prev"])
        grads["db%d" % l] = db(dZl)
        if l > 1:
            dZl = dZ(dA_prev(cache["W"], dZl), caches[l - 2]["Z"], "relu")
    return grads
