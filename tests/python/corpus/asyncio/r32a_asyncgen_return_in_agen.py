# async generator helpers: aiter/anext errors, ag_running, and anext default
import asyncio

async def two():
    yield 1
    yield 2

async def main():
    g = two()
    print(g.ag_running, g.__name__, g.__qualname__)
    print(await anext(g), await anext(g))
    print(await anext(g, None))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    try:
        anext([1, 2])
    except TypeError as e:
        print("TypeError:", e)
    aiter(5)

asyncio.run(main())
