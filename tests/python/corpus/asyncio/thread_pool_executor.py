# A ThreadPoolExecutor of two workers given to run_in_executor: four calls take three rounds; its threads' names.
import asyncio
import concurrent.futures
import threading
import time

def job(n, delay):
    time.sleep(delay)
    return f'{n} on {threading.current_thread().name}'

async def main():
    loop = asyncio.get_running_loop()
    t0 = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix='worker') as pool:
        delays = [0.1, 0.5, 0.1, 0.1]
        results = await asyncio.gather(*(loop.run_in_executor(pool, job, n, d) for n, d in enumerate(delays)))
    print(results, 0.45 < time.monotonic() - t0 < 0.75)
    with concurrent.futures.ThreadPoolExecutor() as pool:
        print(await loop.run_in_executor(pool, job, 'a', 0))
    with concurrent.futures.ThreadPoolExecutor() as pool:
        print(await loop.run_in_executor(pool, job, 'b', 0))
        print(pool.submit(pow, 2, 8).result())
    try:
        pool.submit(pow, 2, 8)
    except RuntimeError as e:
        print('RuntimeError:', e)

asyncio.run(main())
