# loop.time() moves with sleeps; a TimerHandle knows its when(); call_at ordering by time
import asyncio

def tenths(t):
    return int(t * 10 + 0.01) / 10  # elapsed time rounded down to a tenth

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    order = []
    for d in (0.3, 0.1, 0.2):
        loop.call_at(t0 + d, order.append, d)
    h = loop.call_later(0.25, order.append, 'cancelled')
    print('when - t0', round(h.when() - t0, 2))
    h.cancel()
    await asyncio.sleep(0.4)
    print(order, tenths(loop.time() - t0))
    print(h.cancelled(), 'cancelled' in repr(h))

asyncio.run(main())
