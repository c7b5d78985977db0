import asyncio

async def main():
    loop = asyncio.get_running_loop()
    order = []
    now = loop.time()
    for label in "abcde":
        loop.call_at(now + 0.02, order.append, label)
    loop.call_later(0.01, order.append, "earlier")
    loop.call_soon(order.append, "soon")
    h = loop.call_at(now + 0.02, order.append, "cancelled")
    h.cancel()
    loop.call_later(0, order.append, "later0")
    loop.call_later(-1, order.append, "negative")
    await asyncio.sleep(0.05)
    print(order)
    print(h.cancelled(), type(h).__name__)

asyncio.run(main())
