# Raising 0 to a negative power inside a formula.
def inverse_square(r):
    return r ** -2

for r in [2, 1.0, 0.0]:
    print(r, inverse_square(r))
