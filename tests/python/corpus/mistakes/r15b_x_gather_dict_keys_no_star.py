# Mistake: gather given a dict's keys (names), then its items: neither is a list of awaitables.
import asyncio

async def fetch(name):
    await asyncio.sleep(0.01)
    return name.upper()

async def main():
    jobs = {"a": fetch("a"), "b": fetch("b")}
    for view in (jobs.keys(), jobs.items()):
        try:
            await asyncio.gather(view)
        except TypeError as e:
            print(type(view).__name__, "->", e)
    print(await asyncio.gather(*jobs.values()))
    await asyncio.gather(jobs)

asyncio.run(main())
