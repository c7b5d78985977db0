# Bridge concurrent.futures into asyncio with wrap_future and an explicit ThreadPoolExecutor.
import asyncio
import concurrent.futures
import time

def slow_square(x):
    time.sleep(0.02 * x)
    return x * x

async def main():
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        cf = pool.submit(slow_square, 3)
        print(type(cf).__name__)
        af = asyncio.wrap_future(cf)
        print(type(af).__name__, await af)
        loop = asyncio.get_running_loop()
        futs = [loop.run_in_executor(pool, slow_square, i) for i in range(1, 5)]
        for coro in asyncio.as_completed(futs):
            print("got", await coro)
    print("pool shut down")

asyncio.run(main())
