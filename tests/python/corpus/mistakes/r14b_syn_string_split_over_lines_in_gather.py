# Mistake: a label string broken over two lines inside a multi-line gather call.
import asyncio


async def worker(label):
    await asyncio.sleep(0.01)
    return label


async def main():
    results = await asyncio.gather(
        worker('first
        worker'),
        worker('second'),
    )
    print(results)


asyncio.run(main())
