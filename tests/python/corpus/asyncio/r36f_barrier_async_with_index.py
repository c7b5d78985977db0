# Barrier used with async with; the index tells which arrival this task was.
import asyncio

async def runner(b, name, delay, results):
    await asyncio.sleep(delay)
    async with b as position:
        results[name] = position
    return name

async def main():
    b = asyncio.Barrier(3)
    results = {}
    await asyncio.gather(runner(b, "slow", 0.3, results), runner(b, "fast", 0.1, results),
                         runner(b, "mid", 0.2, results))
    print(results)
    print(repr(b)[repr(b).index("["):])

asyncio.run(main())
