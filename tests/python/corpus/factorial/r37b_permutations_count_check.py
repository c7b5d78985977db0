# Checking that the number of permutations of n items really is n!, counted concurrently for n = 0..7.
import asyncio
import math
from itertools import permutations, product, combinations_with_replacement


async def count_perms(n):
    count = 0
    for i, _ in enumerate(permutations(range(n))):
        count += 1
        if i % 2000 == 0:
            await asyncio.sleep(0)
    return n, count


async def main():
    for n, c in await asyncio.gather(*map(count_perms, range(8))):
        print(f"{n}: {c:>5} permutations, n! = {math.factorial(n):>5}, equal: {c == math.factorial(n)}")
    print(list(permutations("abc", 2))[:3], len(list(product(range(3), repeat=3))))
    print(len(list(combinations_with_replacement(range(4), 2))), math.comb(5, 2))


asyncio.run(main())
