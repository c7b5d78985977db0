# test_events: test_handle_repr (a plain function callback, file paths removed)
import asyncio
import functools

def noop(*args):
    pass

async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(noop, 1, 2)
    print(repr(h).split(" at ")[0])
    h.cancel()
    print(repr(h))
    h2 = loop.call_soon(functools.partial(noop, 1))
    print(repr(h2).split(" at ")[0])
    h2.cancel()
    h3 = loop.call_soon(print, "hi")
    print(repr(h3))
    await asyncio.sleep(0)

asyncio.run(main())
