# a geometry helper that imports the square root by a different name
from math import pi, sqroot

def hyp(a, b):
    return sqroot(a * a + b * b)

print(hyp(3, 4), pi)
