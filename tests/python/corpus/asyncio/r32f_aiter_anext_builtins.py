# The aiter() and anext() builtins on good and bad arguments
import asyncio

async def letters():
    for ch in "ab":
        await asyncio.sleep(0)
        yield ch

async def main():
    it = aiter(letters())
    print(await anext(it), await anext(it), await anext(it, "END"))
    for bad in ([1, 2], "text", 42):
        try:
            aiter(bad)
        except TypeError as e:
            print("aiter:", e)
    try:
        await anext(iter([1, 2]))
    except TypeError as e:
        print("anext:", e)
    try:
        anext([1], None)
    except TypeError as e:
        print("anext with default:", e)
    aw = anext(letters(), "x")
    print(type(aw).__name__ in ("anext_awaitable", "async_generator_asend"), await aw)

asyncio.run(main())
