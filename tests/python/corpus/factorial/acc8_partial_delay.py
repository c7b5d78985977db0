# functools.partial fixing the delay; the partial's repr-free use.
import asyncio
from functools import partial

async def factorial(n, delay):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(delay)
        r *= i
    return r

fast = partial(factorial, delay=0.001)

async def main():
    print(await asyncio.gather(*[fast(n) for n in range(6)]))
    print(fast.func.__name__, fast.keywords, fast.args)

asyncio.run(main())
