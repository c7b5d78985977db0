# Four 0.2 s blocking jobs on two worker threads take two rounds; checked by comparison, not printed.
import asyncio
import concurrent.futures
import time


def job(n):
    time.sleep(0.2)
    return n


async def main():
    loop = asyncio.get_running_loop()
    start = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(*(loop.run_in_executor(pool, job, n) for n in range(4)))
    elapsed = time.perf_counter() - start
    print(results)
    print('two rounds:', 0.4 <= elapsed < 0.6)


asyncio.run(main())
