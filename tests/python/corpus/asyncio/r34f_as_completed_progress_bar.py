# A text progress bar updated with as_completed as fake downloads finish.
import asyncio
import random

random.seed(11)

async def download(name, size):
    await asyncio.sleep(size * 0.01)
    return name, size

async def main():
    names = [f"file{i}.zip" for i in range(6)]
    total = len(names)
    sizes = {}
    for i, coro in enumerate(asyncio.as_completed([download(n, random.randint(1, 9)) for n in names]), 1):
        name, size = await coro
        sizes[name] = size
        bar = "#" * (i * 20 // total)
        print(f"[{bar:<20}] {i}/{total} {i / total:6.1%}")
    print(dict(sorted(sizes.items())))
    print("total MB:", sum(sizes.values()))

asyncio.run(main())
