# An async countdown using the loop's clock, with tasks printing at their own pace and a final summary
import asyncio


async def countdown(name, n, step):
    loop = asyncio.get_running_loop()
    start = loop.time()
    planned = round(n * step, 1)
    while n:
        print(f"{name}: {n}")
        await asyncio.sleep(step)
        n -= 1
    elapsed = loop.time() - start
    return name, (planned, elapsed >= planned - 1e-6)


async def main():
    results = await asyncio.gather(countdown("rocket", 3, 0.2), countdown("timer", 2, 0.5))
    for name, secs in results:
        print(f"{name} planned {secs[0]} s, took at least that: {secs[1]}")
    print(dict(results))


asyncio.run(main())
