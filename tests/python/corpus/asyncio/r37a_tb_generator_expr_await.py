# await inside a generator expression makes it an async generator: sum() and list() reject it
import asyncio


async def value(x):
    await asyncio.sleep(0)
    return x * 10


async def main():
    values = [await value(x) for x in range(3)]
    print("list comprehension works:", values)
    gen = (await value(x) for x in range(3))
    print(type(gen).__name__)
    print([v async for v in gen])
    print(sum(await value(x) for x in range(3)))


asyncio.run(main())
