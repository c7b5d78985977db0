# the book's blocking worker run in a ThreadPoolExecutor so three can overlap
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

def worker(label):
    time.sleep(0.1)
    return label + '!'

async def do_something():
    loop = asyncio.get_running_loop()
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=3) as pool:
        futures = [loop.run_in_executor(pool, worker, l) for l in 'ABC']
        results = await asyncio.gather(*futures)
    print('results:', results)
    print('overlapped:', time.perf_counter() - start < 0.25)

asyncio.run(do_something())
