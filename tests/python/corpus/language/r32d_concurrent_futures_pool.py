# concurrent.futures ThreadPoolExecutor with map and submit, then the same through asyncio's run_in_executor
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor, as_completed


def slow_square(n):
    time.sleep(0.02)
    return n * n


with ThreadPoolExecutor(max_workers=3) as pool:
    print(list(pool.map(slow_square, range(5))))
    futures = {pool.submit(slow_square, n): n for n in (7, 8)}
    print(sorted((futures[f], f.result()) for f in as_completed(futures)))
    bad = pool.submit(int, "x")
    print(type(bad.exception()).__name__, bad.done())


async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor() as pool:
        results = await asyncio.gather(*(loop.run_in_executor(pool, slow_square, n) for n in range(3)))
    print(results, await asyncio.to_thread(slow_square, 9))


asyncio.run(main())
