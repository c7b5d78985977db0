# create_task, ensure_future and asyncio.run given things that are not coroutines
import asyncio


class Awaitable:
    def __repr__(self):
        return "<Awaitable>"

    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "custom"


async def main():
    for func, arg in [(asyncio.create_task, 42), (asyncio.ensure_future, 42),
                      (asyncio.create_task, Awaitable())]:
        try:
            func(arg)
        except TypeError as e:
            print(func.__name__, "TypeError:", e)
    task = asyncio.ensure_future(Awaitable())
    print(type(task).__name__, await task)


asyncio.run(main())
asyncio.run(Awaitable())
