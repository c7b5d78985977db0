# An asyncio.Event as a starting gun for runners, with results in a dict and a Lock-protected total
import asyncio

results = {}
total = 0
lock = asyncio.Lock()


async def runner(name, pace, start):
    await start.wait()
    global total
    await asyncio.sleep(pace)
    async with lock:
        total += 1
        results[name] = total


async def main():
    start = asyncio.Event()
    tasks = [asyncio.create_task(runner(n, p, start)) for n, p in [("x", 0.03), ("y", 0.01), ("z", 0.02)]]
    await asyncio.sleep(0.01)
    print("ready:", start.is_set(), results)
    start.set()
    await asyncio.gather(*tasks)
    print("places:", results, "total:", total, lock.locked())
    print(sorted(results, key=results.get))


asyncio.run(main())
