# Wrong but running: time.sleep in the loop, so gather runs the factorials one after the other
import asyncio
import time


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        time.sleep(0.1)
        f *= i
    print(f'{n}! = {f}')
    return f


async def main():
    start = time.perf_counter()
    print(await asyncio.gather(factorial(4), factorial(3), factorial(2)))
    took = time.perf_counter() - start
    print('took at least 0.6 s (3 + 2 + 1 steps):', took >= 0.6)


asyncio.run(main())
