# test_futures: the repr of a Future pending, finished, failed and cancelled
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
    print(repr(h))
    k = loop.create_future()
    k.set_result('x' * 30)
    print(repr(k))

asyncio.run(main())
