def update(params, grads, learning_rate):
    """W := W - alpha dW, b := b - alpha db, as a new dict of new arrays."""
    return {k: v - learning_rate * grads["d" + k] for k, v in params.items()}
