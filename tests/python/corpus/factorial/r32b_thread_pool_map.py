# ThreadPoolExecutor.map for math.factorial, then the same pool used from asyncio.
import asyncio
import math
from concurrent.futures import ThreadPoolExecutor


async def main(pool):
    loop = asyncio.get_running_loop()
    futs = [loop.run_in_executor(pool, math.factorial, n) for n in (10, 15, 20)]
    print(await asyncio.gather(*futs))


with ThreadPoolExecutor(max_workers=3) as pool:
    print(list(pool.map(math.factorial, range(8))))
    future = pool.submit(math.factorial, 12)
    print(future.result(), future.done())
    asyncio.run(main(pool))
    bad = pool.submit(math.factorial, -2)
    print(type(bad.exception()).__name__, bad.exception())
