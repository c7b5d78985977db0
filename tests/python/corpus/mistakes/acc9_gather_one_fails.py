# One of three gathered tasks fails; the others are not awaited again.
import asyncio

async def work(n):
    await asyncio.sleep(0.1 * n)
    if n == 2:
        raise ValueError(f"bad item {n}")
    print("done", n)
    return n

async def main():
    results = await asyncio.gather(work(1), work(2), work(3))
    print(results)

asyncio.run(main())
