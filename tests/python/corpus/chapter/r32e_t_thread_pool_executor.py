# running the blocking time.sleep worker in a ThreadPoolExecutor via run_in_executor
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

def blocking_worker(n):
    time.sleep(0.05)
    return n * n

async def do_something():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=3) as pool:
        futures = [loop.run_in_executor(pool, blocking_worker, n) for n in range(1, 4)]
        results = await asyncio.gather(*futures)
    print('results from calls:', results)

asyncio.run(do_something())
