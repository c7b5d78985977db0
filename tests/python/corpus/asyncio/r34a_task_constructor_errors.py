# Creating tasks from things that are not coroutines: the TypeErrors asyncio raises
import asyncio


def gen():
    yield 1


async def coro_fn():
    return 1


async def main():
    for thing in [gen(), 42, coro_fn, asyncio.sleep]:
        try:
            asyncio.create_task(thing)
        except TypeError as e:
            print("create_task:", str(e).split(" at 0x")[0])
    try:
        asyncio.ensure_future("text")
    except TypeError as e:
        print("ensure_future:", e)
    t = asyncio.ensure_future(coro_fn())
    print(asyncio.ensure_future(t) is t, await t)


asyncio.run(main())
