# call_soon runs before call_later(0); equal call_at times keep their order; TimerHandles compare by when
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    order = []
    now = loop.time()
    h1 = loop.call_at(now + 0.05, order.append, "at+0.05 first")
    h2 = loop.call_at(now + 0.05, order.append, "at+0.05 second")
    loop.call_later(0, order.append, "later 0")
    loop.call_soon(order.append, "soon")
    h3 = loop.call_later(-1, order.append, "later -1")
    print(h1 < h2 or h1 == h2, h3 < h1, h1.when() == h2.when())
    h4 = loop.call_later(0.01, order.append, "cancelled")
    h4.cancel()
    print("cancelled:", h4.cancelled(), h1.cancelled())
    await asyncio.sleep(0.1)
    print(order)


asyncio.run(main())
