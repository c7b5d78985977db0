# A ThreadPoolExecutor of two workers passed to run_in_executor: four blocking calls take two rounds
import asyncio
import concurrent.futures
import time

def blocking(n):
    time.sleep(0.2)
    return n * 2

async def main():
    loop = asyncio.get_running_loop()
    start = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(*(loop.run_in_executor(pool, blocking, i) for i in range(4)))
    elapsed = time.monotonic() - start
    print(results)
    print("two rounds:", 0.35 < elapsed < 0.6)

asyncio.run(main())
