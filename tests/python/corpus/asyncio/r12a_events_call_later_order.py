# test_events: test_call_later / call_at -- TimerHandle.when(), order by deadline
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    order = []
    t0 = loop.time()
    h1 = loop.call_later(0.03, order.append, "c")
    h2 = loop.call_later(0.01, order.append, "a")
    h3 = loop.call_at(t0 + 0.02, order.append, "b")
    h4 = loop.call_later(0.02, order.append, "b2")
    print(type(h1).__name__, round(h3.when() - t0, 3))
    print(h2 < h1, h3 == h3)
    await asyncio.sleep(0.05)
    print(order)
    try:
        loop.call_later(None, print)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
