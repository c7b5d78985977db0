import asyncio

async def ticker(n):
    try:
        for i in range(n):
            yield i
            await asyncio.sleep(0.001)
    finally:
        print("ticker closed")

async def main():
    gen = ticker(10)
    async for v in gen:
        print("v", v)
        if v == 2:
            break
    await gen.aclose()
    print("explicitly closed")
    gen2 = ticker(3)
    print(await gen2.__anext__())
    await gen2.aclose()
    try:
        await gen2.__anext__()
    except StopAsyncIteration:
        print("closed gen is exhausted")

asyncio.run(main())
