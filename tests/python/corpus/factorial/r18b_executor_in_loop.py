import asyncio
import math
from concurrent.futures import ThreadPoolExecutor

def slow(n):
    return n, math.factorial(n)

async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = [loop.run_in_executor(pool, slow, n) for n in [5, 7, 3, 6]]
        for n, value in await asyncio.gather(*futures):
            print(f"{n}! = {value}")
        cf = pool.submit(math.factorial, 12)
        print(await asyncio.wrap_future(cf), cf.done())
    print(await asyncio.to_thread(sum, map(math.factorial, range(6))))

asyncio.run(main())
