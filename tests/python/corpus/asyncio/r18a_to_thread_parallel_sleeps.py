# blocking sleeps moved to threads overlap; on the loop itself they would not
import asyncio
import concurrent.futures
import threading
import time

def blocking(n):
    time.sleep(0.2)
    return n * n, threading.current_thread() is threading.main_thread()

async def main():
    start = time.perf_counter()
    res = await asyncio.gather(*(asyncio.to_thread(blocking, n) for n in range(4)))
    took = time.perf_counter() - start
    print(res, 'overlapped:', took < 0.6)
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        loop = asyncio.get_running_loop()
        start = time.perf_counter()
        res = await asyncio.gather(*(loop.run_in_executor(pool, blocking, n) for n in range(4)))
        took = time.perf_counter() - start
        print([r[0] for r in res], 'two at a time:', 0.35 < took < 0.7)
        cf = pool.submit(blocking, 9)
        print(await asyncio.wrap_future(cf))
    start = time.perf_counter()
    blocking(1)
    blocking(2)
    print('on the loop, one after another:', time.perf_counter() - start >= 0.4)

asyncio.run(main())
