# Printing reprs of asyncio objects that carry no address: the loop, gather's future, a Handle
import asyncio


async def nap():
    await asyncio.sleep(0.01)
    return "z"


async def main():
    loop = asyncio.get_running_loop()
    print(repr(loop).replace("Unix", ""))
    g = asyncio.gather(nap(), nap())
    print(repr(g))
    await g
    print(repr(g))
    h = loop.call_soon(print, "called", "soon")
    print(repr(h))
    h.cancel()
    print(repr(h))
    empty = asyncio.gather()
    print(repr(empty), await empty)


asyncio.run(main())
loop = asyncio.new_event_loop()
print(repr(loop).replace("Unix", ""))
loop.close()
print(repr(loop).replace("Unix", ""))
