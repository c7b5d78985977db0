import asyncio
import time

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.05)
        result *= i
    return result

async def main():
    nums = [5, 7, 3, 6]
    t0 = time.perf_counter()
    for n in nums:
        await factorial(n)
    serial = time.perf_counter() - t0
    t0 = time.perf_counter()
    await asyncio.gather(*(factorial(n) for n in nums))
    parallel = time.perf_counter() - t0
    print(f'serial at least 1 s: {serial >= 1.0}')
    print(f'parallel at least 0.35 s: {parallel >= 0.35}')
    print('parallel faster:', parallel < serial)
    print(f'speed-up at least 2x: {serial / parallel >= 2}')

asyncio.run(main())
