# TimerHandle objects: when(), cancel(), cancelled(), and comparing two of them
import asyncio

def ping(tag):
    print("ping", tag)

async def main():
    loop = asyncio.get_running_loop()
    h1 = loop.call_later(0.05, ping, "one")
    h2 = loop.call_later(0.15, ping, "two")
    h3 = loop.call_soon(ping, "soon")
    print(type(h1).__name__, type(h3).__name__)
    print(round(h2.when() - h1.when(), 2), h1 < h2, h1 == h1)
    print(h1.cancelled())
    h2.cancel()
    h2.cancel()
    print(h2.cancelled(), "cancelled" in repr(h2))
    await asyncio.sleep(0.3)
    print(h3.cancelled())

asyncio.run(main())
