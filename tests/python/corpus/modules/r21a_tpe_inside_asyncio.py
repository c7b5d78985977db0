# ThreadPoolExecutor futures wrapped with asyncio.wrap_future
import asyncio, time
from concurrent.futures import ThreadPoolExecutor
def job(n):
    time.sleep(0.1 * n)
    return n
async def main():
    with ThreadPoolExecutor(3) as ex:
        cfs = [ex.submit(job, n) for n in (3, 1, 2)]
        afs = [asyncio.wrap_future(f) for f in cfs]
        for coro in asyncio.as_completed(afs):
            print("finished", await coro)
        print(isinstance(afs[0], asyncio.Future))
asyncio.run(main())
