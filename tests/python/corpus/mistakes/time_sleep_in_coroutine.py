# Mistake: time.sleep in a coroutine blocks the loop, so the "concurrent" tasks run one after another.
import asyncio
import time

async def worker(name):
    print(name, 'starts')
    time.sleep(0.2)
    print(name, 'ends')
    return name

async def main():
    start = time.perf_counter()
    results = await asyncio.gather(worker('A'), worker('B'), worker('C'))
    elapsed = time.perf_counter() - start
    print(results, 'took at least 0.6 s (no overlap):', elapsed >= 0.6)

asyncio.run(main())
