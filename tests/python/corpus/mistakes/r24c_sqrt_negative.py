import math

a, b, c = 1, 2, 5
disc = b * b - 4 * a * c
print("discriminant", disc)
print("with ** 0.5:", disc ** 0.5)
root = (-b + disc ** 0.5) / (2 * a)
print("root:", root)
print("with math.sqrt:", math.sqrt(disc))
