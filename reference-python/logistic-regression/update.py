def update(params, grads, learning_rate):
    """w := w - alpha dw, b := b - alpha db, as new values (notes 004)."""
    return {"w": params["w"] - learning_rate * grads["dw"], "b": params["b"] - learning_rate * grads["db"]}
