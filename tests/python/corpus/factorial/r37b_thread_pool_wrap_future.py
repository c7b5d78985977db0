# Sending factorial work to a ThreadPoolExecutor and awaiting the concurrent futures via wrap_future.
import asyncio
import math
from concurrent.futures import ThreadPoolExecutor


def digits_of_factorial(n):
    return n, len(str(math.factorial(n)))


async def main():
    with ThreadPoolExecutor(max_workers=2) as pool:
        cfs = [pool.submit(digits_of_factorial, n) for n in (100, 500, 1000)]
        results = await asyncio.gather(*(asyncio.wrap_future(cf) for cf in cfs))
        print(results)
        loop = asyncio.get_running_loop()
        print(await loop.run_in_executor(pool, digits_of_factorial, 50))
    print("pool shut down; futures done:", all(cf.done() for cf in cfs))


asyncio.run(main())
