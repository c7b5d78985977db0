# Set union, intersection and difference printed directly.
a = {5, 9, 13, 21, 34, 55, 89, 144}
b = {1, 2, 3, 5, 8, 13, 21, 34, 1000}
print(a | b)
print(a & b)
print(a - b)
print(b ^ a)
