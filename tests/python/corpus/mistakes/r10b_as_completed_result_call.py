# as_completed items given .result() instead of await.
import asyncio

async def worker(x):
    await asyncio.sleep(0.01 * x)
    return x

async def main():
    for f in asyncio.as_completed([worker(2), worker(1)]):
        print(f.result())

asyncio.run(main())
