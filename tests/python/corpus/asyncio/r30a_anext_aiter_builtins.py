# The aiter() and anext() builtins, with and without a default
import asyncio

async def letters():
    for ch in "xyz":
        yield ch

async def main():
    it = aiter(letters())
    print(await anext(it), await anext(it), await anext(it))
    print(await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    try:
        anext([1, 2])
    except TypeError as e:
        print("TypeError:", e)
    try:
        aiter([1, 2])
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
