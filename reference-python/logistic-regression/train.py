from cost import cost
from dW import dW
from db import db
from dZ import dZ
from forward import forward
from initialize_with_zeros import initialize_with_zeros
from update import update


def train(X, Y, iterations, learning_rate):
    """Gradient descent from zeros; costs[i] is the cost before update i (notes 004)."""
    w, b = initialize_with_zeros(X.shape[0])
    params = {"w": w, "b": b}
    costs = []
    for _ in range(iterations):
        A = forward(params["w"], params["b"], X)
        costs.append(cost(A, Y))
        dz = dZ(A, Y)
        params = update(params, {"dw": dW(X, dz), "db": db(dz)}, learning_rate)
    return params, costs
