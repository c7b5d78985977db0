# repr() of handles for builtins and partials.
import asyncio
import functools

async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(print, 'from handle')
    print(repr(h))
    h2 = loop.call_soon(functools.partial(print, 'partial'))
    print(repr(h2))
    h3 = loop.call_soon(len, [])
    h3.cancel()
    print(repr(h3))
    await asyncio.sleep(0)

asyncio.run(main())
# (end of the program)
