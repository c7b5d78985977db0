# call_later timers fire by deadline; equal deadlines in the order scheduled; a cancelled timer never fires.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    order = []
    for name, d in (('c', 0.03), ('a', 0.01), ('b', 0.02), ('a2', 0.01), ('x', 0.015)):
        h = loop.call_later(d, order.append, name)
        if name == 'x':
            h.cancel()
    loop.call_at(t0 + 0.025, order.append, 'at')
    await asyncio.sleep(0.05)
    print(order)

asyncio.run(main())
