# Turning warnings into errors to find where they come from
import warnings

warnings.simplefilter("error")

def ratio(a, b):
    if b == 0:
        warnings.warn("dividing by zero, returning inf", RuntimeWarning)
        return float("inf")
    return a / b

print(ratio(1, 2))
print(ratio(1, 0))
