def dZ(A, Y):
    """dZ = A - Y, (1, m) (notes 004)."""
    return A - Y
