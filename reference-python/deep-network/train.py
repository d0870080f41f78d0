from .cost import cost
from .initialize_parameters import initialize_parameters
from .model_backward import model_backward
from .model_forward import model_forward
from .update import update


def train(X, Y, layer_dims, iterations, learning_rate, randn):
    """Gradient descent; costs[i] is the cost before update i."""
    params = initialize_parameters(layer_dims, randn)
    costs = []
    for _ in range(iterations):
        AL, caches = model_forward(X, params)
        costs.append(cost(AL, Y))
        params = update(params, model_backward(AL, Y, caches), learning_rate)
    return params, costs
