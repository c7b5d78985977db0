# Quadratic formula with no real roots: math.sqrt of a negative.
import math

def roots(a, b, c):
    d = b * b - 4 * a * c
    return ((-b + math.sqrt(d)) / (2 * a), (-b - math.sqrt(d)) / (2 * a))

print(roots(1, -3, 2))
print(roots(1, 0, 1))
