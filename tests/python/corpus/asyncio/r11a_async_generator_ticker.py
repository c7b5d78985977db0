import asyncio


async def ticker(interval, limit=None):
    n = 0
    try:
        while limit is None or n < limit:
            yield n
            n += 1
            await asyncio.sleep(interval)
    finally:
        print(f"ticker closed at {n}")


async def main():
    async for t in ticker(0.01, limit=3):
        print("tick", t)
    gen = ticker(0.01)
    async for t in gen:
        if t == 2:
            break
        print("tock", t)
    await gen.aclose()
    print("done")


asyncio.run(main())
