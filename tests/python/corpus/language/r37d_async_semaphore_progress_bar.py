# Downloads limited by a Semaphore, printing a text progress bar as each one finishes.
import asyncio
import random

random.seed(7)
SIZES = {"a.bin": 50, "b.bin": 400, "c.bin": 100, "d.bin": 100}

async def download(name, size, sem, done, total):
    async with sem:
        await asyncio.sleep(size / 1000)
    done.append(name)
    pct = len(done) / total
    bar = "#" * int(pct * 20)
    print(f"[{bar:<20}] {pct:4.0%} {name} ({size} kB)")
    return size

async def main():
    sem = asyncio.Semaphore(2)
    done = []
    sizes = await asyncio.gather(*(download(n, s, sem, done, len(SIZES)) for n, s in SIZES.items()))
    print(f"total {sum(sizes)} kB in {len(done)} files; locked now: {sem.locked()}")
    print(sorted(SIZES.items(), key=lambda kv: kv[1])[:2])

asyncio.run(main())
