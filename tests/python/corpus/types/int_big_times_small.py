# A big int times a machine-size one (the r *= i of a factorial loop):
# signs, zero, and factors at the edges of a digit (28 bits in wasm, 60
# natively) and of int64.
import math

r = 1
for i in range(2, 400):
    r *= i
    assert r == math.factorial(i), i
print(r % 1000003, r.bit_length())
x = -(10 ** 30)
for k in (3, -3, 0, 1, -1, 2 ** 27, 2 ** 28 - 1, 2 ** 28, -(2 ** 28), 2 ** 59, 2 ** 60 - 1, 2 ** 60, 2 ** 63 - 1, -(2 ** 63)):
    print(k, x * k, k * x, r * k % 999983, (-r) * k == -(r * k))
n = 10 ** 40
for i in range(1, 6):
    n *= -7
    print(n)
print(sum(i * i for i in range(10 ** 4)), (2 ** 100) * 0 == 0, type((2 ** 100) * 0))
