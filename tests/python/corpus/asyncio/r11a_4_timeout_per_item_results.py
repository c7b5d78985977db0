import asyncio


async def resolve(name, delay):
    await asyncio.sleep(delay)
    return f"{name} -> ok"


async def safe(name, delay, limit=0.2):
    try:
        async with asyncio.timeout(limit):
            return await resolve(name, delay)
    except TimeoutError:
        return f"{name} -> timeout"


async def main():
    jobs = {"alpha": 0.1, "beta": 0.4, "gamma": 0.05, "delta": 0.6}
    for line in await asyncio.gather(*(safe(n, d) for n, d in jobs.items())):
        print(line)


asyncio.run(main())
