import asyncio
import time


async def work(n):
    await asyncio.sleep(0.1 * n)
    return n


async def main():
    start = time.perf_counter()
    await asyncio.gather(*(work(n) for n in (1, 2, 3)))
    concurrent = time.perf_counter() - start
    start = time.perf_counter()
    for n in (1, 2, 3):
        await work(n)
    sequential = time.perf_counter() - start
    print("concurrent faster:", concurrent < sequential)
    print(f"concurrent ~{round(concurrent)}s, sequential ~{round(sequential)}s")


asyncio.run(main())
