# Progress reporting with as_completed
import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    return name, delay

async def main():
    jobs = [job(f"job{i}", d) for i, d in enumerate([0.4, 0.1, 0.3, 0.2])]
    total = len(jobs)
    for done, fut in enumerate(asyncio.as_completed(jobs), start=1):
        name, delay = await fut
        pct = done / total * 100
        bar = "#" * done + "-" * (total - done)
        print(f"[{bar}] {pct:5.1f}% {name} ({delay}s)")
    print("all done")

asyncio.run(main())
