from .activation_forward import activation_forward


def model_forward(X, params):
    """ReLU in layers 1 .. L-1, sigmoid in layer L; one cache per layer, in layer order."""
    L = len([k for k in params if k.startswith("W")])
    caches = []
    A = X
    for l in range(1, L + 1):
        A, cache = activation_forward(A, params["W%d" % l], params["b%d" % l], "sigmoid" if l == L else "relu")
        caches.append(cache)
    return A, caches
