# measuring with the loop's own clock, compared in tenths
import asyncio

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        r *= i
    return r

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    for n in (2, 4):
        r = await factorial(n)
        steps = (loop.time() - start) * 10
        print(f'{n}! = {r} after at least {n - 1} tenths: {steps >= n - 1 - 1e-6}')
        start = loop.time()

asyncio.run(main())
