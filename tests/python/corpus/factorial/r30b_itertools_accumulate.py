# itertools.accumulate gives all the factorials up to n in one go.
import asyncio
import itertools
import operator


async def factorial_table(n, delay=0.01):
    await asyncio.sleep(delay * n)
    return list(itertools.accumulate(range(1, n + 1), operator.mul))


async def main():
    tables = await asyncio.gather(factorial_table(5), factorial_table(3))
    for t in tables:
        print(t)
    print(list(itertools.accumulate(range(1, 6), operator.mul, initial=1)))
    print(list(itertools.accumulate([])))
    last = list(itertools.accumulate(range(1, 11), lambda a, b: a * b))[-1]
    print(f"10! = {last}")


asyncio.run(main())
