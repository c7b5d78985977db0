import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f))
    f.set_result([1, 2])
    print(repr(f))
    g = loop.create_future()
    g.set_exception(ValueError("oops"))
    print(repr(g))
    g.exception()
    h = loop.create_future()
    h.cancel()
    print(repr(h))
    print(f.done(), g.done(), h.cancelled())
    print(asyncio.isfuture(f), asyncio.isfuture(42), asyncio.iscoroutine(main))

asyncio.run(main())
