import asyncio
import math


def cpu_work(n):
    return sum(math.isqrt(i) for i in range(n))


async def main():
    loop = asyncio.get_running_loop()
    futures = [loop.run_in_executor(None, cpu_work, n) for n in (10, 100, 1000)]
    results = await asyncio.gather(*futures)
    for n, r in zip((10, 100, 1000), results):
        print(f"cpu_work({n}) = {r}")
    r = await loop.run_in_executor(None, pow, 2, 100)
    print(r)


asyncio.run(main())
