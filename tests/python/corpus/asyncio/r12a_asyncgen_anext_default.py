# test_asyncgen: anext() with and without a default, aiter() checks
import asyncio

async def two():
    yield "a"
    yield "b"

async def main():
    g = two()
    print(await anext(g), await anext(g))
    print(await anext(g, "default"))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    print(aiter(g) is g)
    try:
        aiter([1])
    except TypeError as e:
        print("TypeError:", e)
    try:
        anext([1])
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
