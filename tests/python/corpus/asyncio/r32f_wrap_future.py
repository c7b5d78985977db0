# Bridge a concurrent.futures Future into asyncio with wrap_future
import asyncio
import concurrent.futures
import time

def slow_square(x):
    time.sleep(0.03)
    return x * x

async def main():
    with concurrent.futures.ThreadPoolExecutor(max_workers=3) as ex:
        cfuts = [ex.submit(slow_square, i) for i in range(5)]
        afuts = [asyncio.wrap_future(f) for f in cfuts]
        print(await asyncio.gather(*afuts))
        print(type(cfuts[0]).__name__, type(afuts[0]).__name__)
        bad = ex.submit(int, "x")
        try:
            await asyncio.wrap_future(bad)
        except ValueError as e:
            print("ValueError:", e)

asyncio.run(main())
