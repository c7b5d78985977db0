# Wrapping a concurrent.futures Future for asyncio, and what cancelling the wrapper does to it
import asyncio
import concurrent.futures
import time


def slow(n):
    time.sleep(0.05)
    return n * 10


async def main():
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        cf = pool.submit(slow, 1)
        af = asyncio.wrap_future(cf)
        print(type(af).__name__, await af, cf.result())
        busy = pool.submit(slow, 2)
        queued = pool.submit(slow, 3)
        wrapped = asyncio.wrap_future(queued)
        wrapped.cancel()
        await asyncio.sleep(0)
        print("wrapper cancelled:", wrapped.cancelled(), "concurrent cancelled:", queued.cancelled())
        print("busy result:", await asyncio.wrap_future(busy))
    print(asyncio.isfuture(cf), asyncio.isfuture(af))


asyncio.run(main())
