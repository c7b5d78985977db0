# asyncio.sleep called without await inside a countdown: it does not wait
import asyncio
import time

async def countdown(n):
    start = time.perf_counter()
    while n > 0:
        print(n)
        asyncio.sleep(0.2)
        n -= 1
    print("liftoff, waited:", time.perf_counter() - start > 0.5)

asyncio.run(countdown(3))
