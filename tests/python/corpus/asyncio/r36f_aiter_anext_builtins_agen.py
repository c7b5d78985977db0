# Use the aiter() and anext() builtins by hand on an async generator, with a default at the end.
import asyncio

async def letters():
    for ch in "xyz":
        await asyncio.sleep(0.001)
        yield ch

async def main():
    it = aiter(letters())
    print(await anext(it))
    print(await anext(it))
    print(await anext(it))
    print(await anext(it, "END"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    try:
        aiter([1, 2])
    except TypeError as e:
        print("TypeError:", e)
    try:
        await anext(iter([1]))
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
