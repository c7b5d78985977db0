# Mistake: create_task given the coroutine function and its argument separately.
import asyncio


async def worker(label):
    await asyncio.sleep(0.01)
    return label


async def main():
    task = asyncio.create_task(worker, 'A')
    print(await task)


asyncio.run(main())
