import asyncio

async def ok(n):
    await asyncio.sleep(0.3)
    print("ok", n, "finished")
    return n

async def bad():
    await asyncio.sleep(0.01)
    raise ValueError("bad input: -1")

async def main():
    results = await asyncio.gather(ok(1), bad(), ok(2))
    print(results)

asyncio.run(main())
