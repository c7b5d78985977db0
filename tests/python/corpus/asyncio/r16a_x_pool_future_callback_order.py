# A pool future's callback runs as the work finishes, before the task awaiting it resumes
import asyncio
import concurrent.futures
import time

def work(n):
    time.sleep(0.05 * n)
    return n * 10

async def main():
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        for n in (1, 2):
            f = pool.submit(work, n)
            f.add_done_callback(lambda f: print('callback', f.result()))
            print('awaited', await asyncio.wrap_future(f))
        done = pool.submit(work, 0)
        await asyncio.wrap_future(done)
        done.add_done_callback(lambda f: print('added when done, runs at once', f.result()))
        print('after add_done_callback')

asyncio.run(main())
