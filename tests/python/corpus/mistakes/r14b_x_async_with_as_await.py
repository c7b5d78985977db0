# Mistake: "as await name" in an async with, as if the target had to be awaited too.
import asyncio

lock = asyncio.Lock()


async def worker(n):
    async with lock as await held:
        await asyncio.sleep(0.01)
        return n


async def main():
    print(await asyncio.gather(worker(1), worker(2)))


asyncio.run(main())
