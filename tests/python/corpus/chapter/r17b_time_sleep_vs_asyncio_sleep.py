# Comparing time.sleep and asyncio.sleep inside gather: blocking serialises the workers
import asyncio
import time

async def blocking(n):
    time.sleep(0.1)
    return n

async def cooperative(n):
    await asyncio.sleep(0.1)
    return n

async def measure(fn):
    start = time.perf_counter()
    await asyncio.gather(*(fn(i) for i in range(4)))
    return time.perf_counter() - start

async def main():
    b = await measure(blocking)
    c = await measure(cooperative)
    print(f'blocking took more than 0.35s: {b > 0.35}')
    print(f'cooperative took less than 0.25s: {c < 0.25}')
    print('blocking slower:', b > c)

asyncio.run(main())
