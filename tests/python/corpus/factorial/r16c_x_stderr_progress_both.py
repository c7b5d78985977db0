# Progress to stderr, results to stdout: the two streams interleaved
import asyncio
import sys

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
        print(f'  {n}: step {i}', file=sys.stderr)
    print(f'{n}! = {f}')
    return f

async def main():
    await asyncio.gather(factorial(3), factorial(4))
    sys.stderr.write('finished\n')

asyncio.run(main())
