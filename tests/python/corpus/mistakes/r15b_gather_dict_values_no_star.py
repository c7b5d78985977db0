# Mistake: gather given dict.values() instead of its unpacked items.
import asyncio

async def price(item):
    await asyncio.sleep(0.01)
    return len(item) * 1.5

async def main():
    jobs = {name: price(name) for name in ["tea", "coffee"]}
    results = await asyncio.gather(jobs.values())
    print(dict(zip(jobs, results)))

asyncio.run(main())
