# printing futures as they change state
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f))
    f.set_result([1, 2])
    print(repr(f))
    g = loop.create_future()
    g.set_exception(ValueError('bad'))
    print(repr(g))
    g.exception()
    h = loop.create_future()
    h.cancel()
    print(repr(h), h.cancelled())
    print(isinstance(asyncio.current_task(), asyncio.Future))

asyncio.run(main())
