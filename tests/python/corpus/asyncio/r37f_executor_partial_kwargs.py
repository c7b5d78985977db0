# run_in_executor does not take keyword arguments: use functools.partial (and what happens if you don't)
import asyncio
import functools
import time

def blocking_report(name, *, delay=0.05, upper=False):
    time.sleep(delay)
    return name.upper() if upper else name

async def main():
    loop = asyncio.get_running_loop()
    r1 = await loop.run_in_executor(None, functools.partial(blocking_report, "alpha", upper=True))
    print(r1)
    r2 = await loop.run_in_executor(None, blocking_report, "beta")
    print(r2)
    try:
        await loop.run_in_executor(None, blocking_report, "gamma", upper=True)
    except TypeError as e:
        print("TypeError:", e)
    t0 = time.perf_counter()
    res = await asyncio.gather(*(loop.run_in_executor(None, functools.partial(blocking_report, n, delay=0.1)) for n in "xyz"))
    print(res, "parallel:", time.perf_counter() - t0 < 0.25)

asyncio.run(main())
