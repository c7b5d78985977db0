# Future reprs in each state, with built-in callbacks (no addresses)
import asyncio
import functools

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f))
    f.add_done_callback(print)
    print(repr(f))
    f.add_done_callback(functools.partial(print, 'x'))
    print(repr(f))
    f.remove_done_callback(print)
    f.set_result([1, 'two'])
    print(repr(f))
    g = loop.create_future()
    g.set_exception(ValueError("bad"))
    print(repr(g))
    g.exception()
    h = loop.create_future()
    h.cancel()
    print(repr(h))
    big = loop.create_future()
    big.set_result('x' * 100)
    print(repr(big))
    many = loop.create_future()
    for _ in range(5):
        many.add_done_callback(len)
    print(repr(many))
    many.cancel()
    await asyncio.sleep(0)

asyncio.run(main())
