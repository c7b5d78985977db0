# time.sleep inside a coroutine: wait_for's timeout cannot interrupt it, the result arrives late
import asyncio
import time

async def slow_sync():
    time.sleep(0.3)
    return "finished anyway"

async def slow_async():
    await asyncio.sleep(0.3)
    return "finished anyway"

async def main():
    for fn in (slow_sync, slow_async):
        t0 = time.perf_counter()
        try:
            r = await asyncio.wait_for(fn(), timeout=0.1)
        except TimeoutError:
            r = "TimeoutError"
        took = time.perf_counter() - t0
        print(f"{fn.__name__}: {r} (took over 0.25 s: {took > 0.25})")

asyncio.run(main())
