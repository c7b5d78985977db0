# sys.exit in a worker that as_completed is waiting on: the program ends, the others never report
import asyncio
import sys


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    if n == 4:
        sys.exit(f'worker {n} quits')
    return n, f


async def main():
    for fut in asyncio.as_completed([factorial(n) for n in (2, 4, 6)]):
        n, f = await fut
        print(f'{n}! = {f}')


asyncio.run(main())
