# turning warnings into errors to find them, then one fires in a helper
import warnings

warnings.simplefilter("error")

def ratio(a, b):
    if b == 0:
        warnings.warn("division by zero, returning 0", RuntimeWarning)
        return 0
    return a / b

print(ratio(1, 2))
print(ratio(1, 0))
