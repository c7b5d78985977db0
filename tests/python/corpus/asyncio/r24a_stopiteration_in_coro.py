import asyncio

async def first(items):
    it = iter(items)
    return next(it)

async def agen():
    yield 1
    raise StopAsyncIteration

async def main():
    print(await first([1, 2]))
    try:
        async for v in agen():
            print("got", v)
    except RuntimeError as e:
        print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)
    await first([])

asyncio.run(main())
