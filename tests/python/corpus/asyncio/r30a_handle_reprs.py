# The reprs of call_soon handles for functions, partials, methods and lambdas
import asyncio
import functools
import re

class Thing:
    def method(self, x):
        pass

def plain(a, b=2):
    pass

async def main():
    loop = asyncio.get_running_loop()
    hs = [loop.call_soon(plain, 1),
          loop.call_soon(functools.partial(plain, b=5), 1),
          loop.call_soon(Thing().method, "x"),
          loop.call_soon(lambda: None),
          loop.call_soon(print, "hi", "there")]
    for h in hs:
        print(re.sub(r" at 0x[0-9a-f]+", "", repr(h)).replace(__file__, "FILE"))
    for h in hs:
        h.cancel()
    print(repr(hs[0]))

asyncio.run(main())
