# Using the aiter() and anext() builtins, with defaults and on wrong types
import asyncio

async def countdown(n):
    while n:
        yield n
        n -= 1

async def main():
    it = aiter(countdown(3))
    print(await anext(it), await anext(it), await anext(it), await anext(it, "done"))
    try:
        aiter([1, 2])
    except TypeError as e:
        print("aiter:", e)
    try:
        anext(iter([1]))
    except TypeError as e:
        print("anext:", e)
    aw = anext(countdown(1), None)
    print(type(aw).__name__ in ("anext_awaitable", "coroutine"), await aw)

asyncio.run(main())
