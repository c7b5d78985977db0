# An async generator of running factorials, stepped with the aiter() and anext() builtins.
import asyncio


async def running_factorials(limit):
    value = 1
    for n in range(limit + 1):
        if n:
            value *= n
        await asyncio.sleep(0.01)
        yield n, value


async def main():
    it = aiter(running_factorials(6))
    first = await anext(it)
    print("first:", first)
    second = await anext(it)
    print("second:", second)
    async for n, v in it:
        print(f"{n}! = {v}")
    print("after the end:", await anext(it, "exhausted"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration raised")


asyncio.run(main())
