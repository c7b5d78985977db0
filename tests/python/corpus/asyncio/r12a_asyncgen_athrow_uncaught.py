# test_asyncgen: athrow() of an exception the generator does not handle, uncaught
import asyncio

async def ticker():
    n = 0
    while True:
        yield n
        n += 1
        await asyncio.sleep(0.01)

async def main():
    t = ticker()
    async for v in t:
        print("tick", v)
        if v == 2:
            await t.athrow(LookupError("enough"))

asyncio.run(main())
