# the reprs of Handles: callback with arguments, cancelled, a partial, a lambda
import asyncio
import functools

def cb(a, b=0):
    pass

async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(cb, 1, 'x')
    print(repr(h).replace(__file__, 'HERE'))
    h.cancel()
    print(repr(h))
    h2 = loop.call_soon(functools.partial(cb, 2, b=3))
    print(repr(h2).replace(__file__, 'HERE'))
    h3 = loop.call_soon(lambda: None)
    print(repr(h3).replace(__file__, 'HERE'))
    h4 = loop.call_soon(print)
    print(repr(h4))
    h4.cancel()
    await asyncio.sleep(0)

asyncio.run(main())
