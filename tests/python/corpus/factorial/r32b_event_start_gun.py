# An Event acts as a start signal; all factorial tasks wait for it before computing.
import asyncio


async def factorial(n, start: asyncio.Event, log: list):
    log.append(f"{n} waiting")
    await start.wait()
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.02)
        r *= i
    log.append(f"{n} done")
    return r


async def main():
    start = asyncio.Event()
    log = []
    tasks = [asyncio.create_task(factorial(n, start, log)) for n in (3, 6, 1)]
    await asyncio.sleep(0.05)
    print(log, start.is_set())
    start.set()
    print(await asyncio.gather(*tasks))
    print(log)


asyncio.run(main())
