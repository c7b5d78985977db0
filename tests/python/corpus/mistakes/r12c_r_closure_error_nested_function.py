# An error in a closure returned by a factory, called later.
def make_scaler(factor):
    def scale(values):
        return [v * factor for v in values]
    return scale

double = make_scaler(2)
halve = make_scaler(None)
print(double([1, 2, 3]))
print(halve([1, 2, 3]))
