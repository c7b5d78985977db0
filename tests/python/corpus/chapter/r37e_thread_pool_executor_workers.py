# a ThreadPoolExecutor with two threads for four blocking workers
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

def blocking(n):
    time.sleep(0.1)
    return n * n

async def main():
    loop = asyncio.get_running_loop()
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = [loop.run_in_executor(pool, blocking, n) for n in range(4)]
        results = await asyncio.gather(*futures)
    elapsed = time.perf_counter() - start
    print(results)
    print('two rounds of 0.1s:', 0.19 < elapsed < 0.35)

asyncio.run(main())
