# Calling blocking, CPU-style helpers from async code with to_thread and run_in_executor, results in order.
import asyncio
import functools
import math

def crunch(n, label=""):
    return label + str(sum(math.isqrt(i) for i in range(n)))

async def main():
    loop = asyncio.get_running_loop()
    a = await asyncio.to_thread(crunch, 1000, label="t:")
    b = await loop.run_in_executor(None, crunch, 2000)
    c = await loop.run_in_executor(None, functools.partial(crunch, 300, label="p:"))
    print(a, b, c)
    results = await asyncio.gather(*(asyncio.to_thread(crunch, n) for n in (10, 100, 1000)))
    print(results)
    try:
        await asyncio.to_thread(crunch, "ten")
    except TypeError as e:
        print("TypeError from thread:", e)
    print(await asyncio.to_thread(lambda: "lambda ok"))
    await loop.run_in_executor(None, crunch, 10, "bad")

asyncio.run(main())
