# Comparing with concurrent.futures: a thread pool mapping math.factorial.
import asyncio
import math
from concurrent.futures import ThreadPoolExecutor


def slow_factorial(n):
    return math.factorial(n)


async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=2) as pool:
        print(list(pool.map(slow_factorial, [5, 7, 3, 6])))
        futs = [loop.run_in_executor(pool, slow_factorial, n) for n in [8, 9]]
        print(await asyncio.gather(*futs))
        f = pool.submit(slow_factorial, 10)
        print(f.result())


asyncio.run(main())
