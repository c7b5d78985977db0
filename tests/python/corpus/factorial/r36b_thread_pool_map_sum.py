# Compare loop.run_in_executor with a ThreadPoolExecutor against plain map for factorial digit sums.
import asyncio
import math
from concurrent.futures import ThreadPoolExecutor


def digit_sum(n):
    return sum(int(c) for c in str(math.factorial(n)))


async def main():
    numbers = [10, 50, 100, 200, 300]
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=3, thread_name_prefix="fact") as pool:
        sums = await asyncio.gather(*(loop.run_in_executor(pool, digit_sum, n) for n in numbers))
        mapped = list(pool.map(digit_sum, numbers))
    print(dict(zip(numbers, sums)))
    print("same as pool.map:", sums == mapped)
    print("pool shut down:", pool._shutdown)


asyncio.run(main())
