# call_later handles: one cancelled before it fires, one left to fire, one fired then cancelled
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fired = []
    h1 = loop.call_later(0.1, fired.append, "first")
    h2 = loop.call_later(0.2, fired.append, "second")
    h3 = loop.call_later(0.3, fired.append, "third")
    h2.cancel()
    await asyncio.sleep(0.4)
    h1.cancel()
    print(fired)
    print([h.cancelled() for h in (h1, h2, h3)])
    print(type(h1).__name__, round(h3.when() - h1.when(), 3))

asyncio.run(main())
