# Nested gathers: two groups of delays, time compared to the longest.
import asyncio
import time

async def step(name, d):
    await asyncio.sleep(d)
    return f'{name}:{d}'

async def group(prefix, delays):
    return await asyncio.gather(*(step(f'{prefix}{i}', d) for i, d in enumerate(delays)))

async def main():
    t = time.perf_counter()
    a, b = await asyncio.gather(group('x', [0.1, 0.3]), group('y', [0.2, 0.4]))
    e = time.perf_counter() - t
    print(a, b)
    print('took about 0.4:', 0.39 <= e < 0.6)

asyncio.run(main())
