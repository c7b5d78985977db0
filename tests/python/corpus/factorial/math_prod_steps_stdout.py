# Factorial exercise: math.prod over a range, sys.stdout.write progress and print(end=, sep=).
import asyncio
import math
import sys

async def factorial(n):
    for i in range(1, n + 1):
        sys.stdout.write(f'{n}:{i} ')
        await asyncio.sleep(0.01)
    return math.prod(range(1, n + 1))

async def main():
    results = await asyncio.gather(factorial(3), factorial(4), factorial(0))
    print()
    print(*results, sep=' | ', end=' <-\n')
    print('sum', sum(results), 'max', max(results), sep='=')
    print(math.prod([]), math.prod(range(1, 6), start=2))

asyncio.run(main())
