# Simulated downloads through a Semaphore(3): the order in which slots open
import asyncio

SIZES = {"a.zip": 0.6, "b.zip": 0.1, "c.zip": 0.45, "d.zip": 0.1, "e.zip": 0.1}

async def download(sem, name):
    async with sem:
        print(f"downloading {name}")
        await asyncio.sleep(SIZES[name])
        print(f"finished {name}")
        return len(name)

async def main():
    sem = asyncio.Semaphore(3)
    sizes = await asyncio.gather(*(download(sem, n) for n in SIZES))
    print("bytes:", sum(sizes))

asyncio.run(main())
