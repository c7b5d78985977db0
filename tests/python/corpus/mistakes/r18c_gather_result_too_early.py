import asyncio


async def square(n):
    await asyncio.sleep(0.01)
    return n * n


async def main():
    group = asyncio.gather(*(square(n) for n in range(3)))
    print(type(group).__name__, group.done())
    print(group.result())


asyncio.run(main())
