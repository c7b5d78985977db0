import asyncio
import itertools
import operator

async def factorials(n):
    await asyncio.sleep(0.01)
    return list(itertools.accumulate(range(1, n + 1), operator.mul, initial=1))

async def main():
    table = await factorials(10)
    for i, f in enumerate(table):
        print(f'{i:>2}! = {f:>9,}')
    print(list(itertools.accumulate([3, 2, 1], operator.mul)))

asyncio.run(main())
