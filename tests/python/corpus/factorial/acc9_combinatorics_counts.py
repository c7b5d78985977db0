# permutations and combinations checked against math.perm, comb and factorial.
import asyncio
import math
from itertools import permutations, combinations, combinations_with_replacement

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.001)
        r *= i
    return r

async def main():
    for n in range(0, 6):
        f = await factorial(n)
        perms = len(list(permutations(range(n))))
        print(n, f, perms, f == perms == math.perm(n))
    print(list(permutations("abc", 2)))
    print(list(combinations("abcd", 3)))
    print(list(combinations_with_replacement("ab", 3)))
    for n, k in [(5, 2), (10, 3), (4, 5), (6, 0)]:
        print(n, k, math.comb(n, k), math.perm(n, k), len(list(combinations(range(n), k))))
    print(math.comb(50, 25), math.perm(20))
    try:
        math.comb(-1, 2)
    except ValueError as e:
        print("ValueError:", e)
    try:
        math.perm(3, 1.0)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
