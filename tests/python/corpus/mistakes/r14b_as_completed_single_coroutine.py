# Mistake: as_completed given one coroutine instead of a collection of them.
import asyncio


async def worker(label):
    await asyncio.sleep(0.01)
    return label


async def main():
    for fut in asyncio.as_completed(worker('A')):
        print(await fut)


asyncio.run(main())
