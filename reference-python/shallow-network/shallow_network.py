"""Shallow network, one hidden layer, sigmoid in both layers (notes 000, 002, 004).

A module submission: every step in one file named like the exercise."""
import numpy as np


def _sigmoid(Z):
    e = np.exp(-np.abs(Z))
    return np.where(Z >= 0, 1 / (1 + e), e / (1 + e))


def layer_sizes(X, Y, hidden_units):
    """n_x = rows of X, n_h = hidden_units, n_y = rows of Y."""
    return X.shape[0], hidden_units, Y.shape[0]


def initialize_parameters(n_x, n_h, n_y, randn):
    """W = 0.01 randn, row by row, W1 then W2; b zeros (notes 004)."""
    W1 = 0.01 * randn(n_h, n_x)
    W2 = 0.01 * randn(n_y, n_h)
    return {"W1": W1, "b1": np.zeros((n_h, 1)), "W2": W2, "b2": np.zeros((n_y, 1))}


def forward(X, params):
    """Z1 = W1 X + b1, A1 = sigma(Z1), Z2 = W2 A1 + b2, A2 = sigma(Z2)."""
    Z1 = np.dot(params["W1"], X) + params["b1"]
    A1 = _sigmoid(Z1)
    Z2 = np.dot(params["W2"], A1) + params["b2"]
    A2 = _sigmoid(Z2)
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


def cost(A2, Y):
    """J = -(1/m) sum(Y log A2 + (1 - Y) log(1 - A2)), A2 clipped to [1e-15, 1 - 1e-15]."""
    a = np.clip(A2, 1e-15, 1 - 1e-15)
    return float(-np.sum(Y * np.log(a) + (1 - Y) * np.log(1 - a)) / Y.shape[1])


def backward(params, cache, X, Y):
    """dZ2 = A2 - Y; dW2 = (1/m) dZ2 A1.T; dZ1 = W2.T dZ2 * A1 (1 - A1); db = (1/m) np.sum(dZ, axis=1, keepdims=True)."""
    m = X.shape[1]
    A1, A2 = cache["A1"], cache["A2"]
    dZ2 = A2 - Y
    dZ1 = np.dot(params["W2"].T, dZ2) * (A1 * (1 - A1))
    return {
        "dW1": np.dot(dZ1, X.T) / m, "db1": np.sum(dZ1, axis=1, keepdims=True) / m,
        "dW2": np.dot(dZ2, A1.T) / m, "db2": np.sum(dZ2, axis=1, keepdims=True) / m,
    }


def update(params, grads, learning_rate):
    """W := W - alpha dW, b := b - alpha db, as new arrays."""
    return {k: params[k] - learning_rate * grads["d" + k] for k in ("W1", "b1", "W2", "b2")}


def predict(X, params):
    """1 where A2 > 0.5, else 0."""
    return (forward(X, params)[0] > 0.5).astype(np.float64)


def train(X, Y, hidden_units, iterations, learning_rate, randn):
    """Gradient descent; costs[i] is the cost before update i."""
    n_x, n_h, n_y = layer_sizes(X, Y, hidden_units)
    params = initialize_parameters(n_x, n_h, n_y, randn)
    costs = []
    for _ in range(iterations):
        A2, cache = forward(X, params)
        costs.append(cost(A2, Y))
        params = update(params, backward(params, cache, X, Y), learning_rate)
    return {"params": params, "costs": costs}
