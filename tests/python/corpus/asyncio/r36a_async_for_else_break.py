# async for ... else: the else runs only when the loop was not broken
import asyncio


async def stream(items):
    for item in items:
        await asyncio.sleep(0)
        yield item


async def find(items, target):
    async for item in stream(items):
        if item == target:
            print("found", target)
            break
    else:
        print("no", target, "in", items)


async def main():
    await find([1, 2, 3], 2)
    await find([1, 2, 3], 9)
    await find([], 0)


asyncio.run(main())
