import asyncio


async def ticks(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)


async def main():
    try:
        for t in ticks(3):
            print(t)
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(await ticks(3))
    except TypeError as e:
        print("TypeError:", e)
    print(list(await asyncio.gather(*[asyncio.sleep(0, i) for i in range(3)])))
    async for t in ticks:
        print(t)


asyncio.run(main())
