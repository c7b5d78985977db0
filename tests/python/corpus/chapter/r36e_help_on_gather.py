# wanted to read what gather does without leaving the editor, so I asked help()
import asyncio

async def worker(n):
    await asyncio.sleep(0.05)
    return n

help(asyncio.sleep)

async def main():
    print(await asyncio.gather(worker(1), worker(2)))

asyncio.run(main())
