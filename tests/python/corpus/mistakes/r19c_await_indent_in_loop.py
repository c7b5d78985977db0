# The await indented into the loop: tasks run one after another, not concurrently
import asyncio
import time

async def download(n):
    print(f"start {n}")
    await asyncio.sleep(0.19)
    print(f"end {n}")
    return n

async def main():
    start = time.perf_counter()
    results = []
    for n in range(3):
        task = asyncio.create_task(download(n))
        results.append(await task)
    print(results, f"sequential: {time.perf_counter() - start > 0.5}")
    start = time.perf_counter()
    tasks = []
    for n in range(3):
        tasks.append(asyncio.create_task(download(n)))
    for t in tasks:
        results.append(await t)
    print(results, f"concurrent: {time.perf_counter() - start < 0.5}")

asyncio.run(main())
