# Mistake: a recursive async factorial run under a recursion limit set too low by the learner.
import asyncio
import sys

sys.setrecursionlimit(60)


async def fact(n):
    if n <= 1:
        return 1
    return n * await fact(n - 1)


print(asyncio.run(fact(10)))
print(asyncio.run(fact(80)))
