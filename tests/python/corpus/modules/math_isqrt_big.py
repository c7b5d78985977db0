# math.isqrt of ints past 2**52 (where a double is no longer exact) and
# past 2**63 (big integers), and math.factorial's bound: a big argument
# raised nothing and looped for ever before.
import math

for n in [0, 1, 15, 16, 99, 2**52, 2**52 + 1, 2**62, 2**63 - 1, 2**63,
          10**20 + 1, 10**40, 3**101, (10**25 + 7)**2 - 1]:
    r = math.isqrt(n)
    assert r * r <= n < (r + 1) * (r + 1)
    print(n, r)

print(math.isqrt(True), math.isqrt(10**100) == 10**50)
for bad in [-1, -10**30]:
    try:
        math.isqrt(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    math.factorial(2**63)
except OverflowError as e:
    print('OverflowError:', e)
try:
    math.factorial(-10**30)
except ValueError as e:
    print('ValueError:', e)
print(len(str(math.factorial(300))))
