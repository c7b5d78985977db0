# n! counts the orderings of n things: check it with itertools.permutations in concurrent tasks.
import asyncio
import itertools
import math


async def count_orderings(n):
    count = 0
    for i, _ in enumerate(itertools.permutations(range(n)), 1):
        count = i
        if i % 500 == 0:
            await asyncio.sleep(0)
    return n, count


async def main():
    for n, count in await asyncio.gather(*(count_orderings(n) for n in range(7))):
        print(f"{n} items: {count:>4} orderings, n! = {math.factorial(n):>4}")
    print(list(itertools.permutations("abc", 2))[:4])
    print(sum(1 for _ in itertools.combinations(range(6), 3)), math.comb(6, 3))
    print(list(itertools.product([1, 2], repeat=2)), len(list(itertools.combinations_with_replacement("ab", 3))))


asyncio.run(main())
