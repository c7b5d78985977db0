# A leaky-bucket limiter: each acquire() reserves the next slot 0.05 s after the previous one
import asyncio
import time

class Limiter:
    def __init__(self, interval):
        self.interval = interval
        self.next_slot = 0.0
        self.lock = asyncio.Lock()

    async def acquire(self):
        loop = asyncio.get_running_loop()
        async with self.lock:
            now = loop.time()
            slot = max(now, self.next_slot)
            self.next_slot = slot + self.interval
        await asyncio.sleep(slot - now)

async def call(i, limiter, order):
    await limiter.acquire()
    order.append(i)

async def main():
    lim = Limiter(0.05)
    order = []
    t0 = time.perf_counter()
    await asyncio.gather(*(call(i, lim, order) for i in range(6)))
    took = time.perf_counter() - t0
    print("order:", order)
    print("took at least 0.25 s:", took >= 0.25, "| under 0.5 s:", took < 0.5)

asyncio.run(main())
