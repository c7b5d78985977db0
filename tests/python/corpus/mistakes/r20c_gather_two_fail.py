# gather without return_exceptions: first error propagates, traceback through gather
import asyncio

async def work(n):
    await asyncio.sleep(n / 100)
    if n % 2:
        raise ValueError(f"bad item {n}")
    return n * 10

async def main():
    results = await asyncio.gather(work(2), work(1), work(3))
    print(results)

print("start")
asyncio.run(main())
