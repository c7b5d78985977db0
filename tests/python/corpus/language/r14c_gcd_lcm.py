# gcd by Euclid (loop and recursion), lcm, and reducing fractions by hand.
import math

def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

def gcd_r(a, b):
    return a if b == 0 else gcd_r(b, a % b)

def lcm(a, b):
    return a * b // gcd(a, b)

pairs = [(48, 18), (17, 5), (0, 9), (270, 192), (2**40, 6**20)]
for a, b in pairs:
    print(a, b, gcd(a, b), gcd_r(a, b), math.gcd(a, b), lcm(a, b) if a else 0)

def reduce_frac(n, d):
    g = gcd(abs(n), abs(d))
    return n // g, d // g

for n, d in [(6, 8), (-10, 25), (100, 40)]:
    print(f"{n}/{d} = {'/'.join(map(str, reduce_frac(n, d)))}")
from functools import reduce
print("lcm 1..20 =", reduce(lcm, range(1, 21)))
