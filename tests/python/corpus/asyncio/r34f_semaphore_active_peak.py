# Rate limit "downloads" with a Semaphore and record how many ran at the same time.
import asyncio
import random

random.seed(7)
active = 0
peak = 0
log = []

async def download(sem, name):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        log.append((name, active))
        await asyncio.sleep(random.choice([0.02, 0.04]))
        active -= 1
    return f"{name}.html"

async def main():
    sem = asyncio.Semaphore(3)
    pages = await asyncio.gather(*(download(sem, f"page{i}") for i in range(8)))
    print(pages)
    print("peak concurrency:", peak)
    print("never more than 3:", all(a <= 3 for _, a in log))
    print(sem.locked())

asyncio.run(main())
