# r *= i writes a big product into the digits of a big int that died
# (the int object keeps the last one): the products must be exact and no
# live int may change, whatever held it, at every length around a digit
# (28 bits in wasm, 60 natively).
import math

# a name bound to the old value keeps it
r = 10 ** 25
a = r
r *= 3
print(a, r, a * 3 == r)

# every value kept in a list, while the loop's products are reused
r = 1
kept = []
for i in range(2, 120):
    r *= i
    kept.append(r)
print(all(kept[k] == math.factorial(k + 2) for k in range(len(kept))), kept[-1] % 1000003)

# a long number dies, then a short product takes its digits
big = 3 ** 5000
del big
x = 10 ** 30 * 7
print(x, x == 7 * 10 ** 30, x.bit_length(), x + 1, x - 7 * 10 ** 30, hash(x), x // 10 ** 29)

# products that are not big any more: zero, and -2**63 (a machine int)
m = 2 ** 63
t = 2 ** 200
del t
y = m * -1
print(y, y == -(2 ** 63), y + 1, y - 1, hash(y), type(y), y * 0, m * 0, m * 1, m * -1 + m)
z = -(2 ** 63) * -1
print(z, z - 1, z * -1)

# lengths across the digit boundaries, both signs, with and without a carry
for bits in (27, 28, 29, 55, 56, 57, 59, 60, 61, 84, 112, 113, 140, 168, 224, 252, 280, 300):
    for v in (2 ** bits - 1, 2 ** bits, -(2 ** bits) + 1):
        for k in (2, 3, 2 ** 28 - 1, -(2 ** 27) - 1, 1000):
            p = v * k
            q = v
            q *= k
            print(bits, p == q, p % 99991, (p // k == v) if k else '-', p.bit_length())

# a loop of the benchmark's shape, checked step by step
r = 1
for i in range(2, 700):
    r *= i
    if i % 97 == 0:
        print(i, r == math.factorial(i), r.bit_length(), r % (2 ** 61 - 1))
