# set_default_executor with one worker thread: blocking jobs run one after another, in order
import asyncio
import concurrent.futures
import functools
import time


def blocking(name, delay, *, scale=1):
    time.sleep(delay)
    return f"{name}:{delay * scale}"


async def main():
    loop = asyncio.get_running_loop()
    loop.set_default_executor(concurrent.futures.ThreadPoolExecutor(max_workers=1))
    start = loop.time()
    futs = [loop.run_in_executor(None, functools.partial(blocking, n, d, scale=10))
            for n, d in [("a", 0.05), ("b", 0.01), ("c", 0.03)]]
    done_order = []
    for f in asyncio.as_completed(futs):
        done_order.append(await f)
    print(done_order)
    print("serial:", loop.time() - start >= 0.09)
    try:
        await loop.run_in_executor(None, blocking, "d", 0.01, scale=2)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
