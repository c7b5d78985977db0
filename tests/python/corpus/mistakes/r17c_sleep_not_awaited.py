# asyncio.sleep called without await in a loop: no pause, and the RuntimeWarning
import asyncio
import time


async def countdown(n):
    start = time.perf_counter()
    while n > 0:
        print(n)
        asyncio.sleep(0.1)
        n -= 1
    print('no pause at all:', time.perf_counter() - start < 0.1)


asyncio.run(countdown(3))
