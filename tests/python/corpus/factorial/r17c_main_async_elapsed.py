# main is async itself and checks the elapsed time of each finished factorial
import asyncio
import time


async def factorial(n, start):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    elapsed = time.monotonic() - start
    print(f'{n}! = {result}, after {n / 10:.1f}s or more: {elapsed > n / 10 - 0.01}')
    return result


async def main():
    print('Main - Starting')
    start = time.monotonic()
    await asyncio.gather(*[factorial(n, start) for n in [5, 7, 3, 6]])
    print('Main - Done')


asyncio.run(main())
