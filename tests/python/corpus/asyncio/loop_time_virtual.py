# loop.time() moves with the sleeps: differences of the loop's clock, rounded, as the program sees them.
import asyncio
import time

async def main():
    loop = asyncio.get_running_loop()
    marks = []
    # Each time is just over where round(t, 1) goes up (0.06, 0.16, 0.26):
    # it rounds the same however late (up to 89 ms) a busy machine wakes.
    for delay in (0.06, 0.16, 0.26):
        start = loop.time()
        await asyncio.sleep(delay)
        marks.append(round(loop.time() - start, 1))
    print('each sleep took:', marks)
    t0 = loop.time()
    await asyncio.gather(asyncio.sleep(0.06), asyncio.sleep(0.26), asyncio.sleep(0.16))
    print('gather of 0.06, 0.26, 0.16 took', round(loop.time() - t0, 1))
    m0 = time.monotonic()
    await asyncio.sleep(0.06)
    print('time.monotonic moved about as much:', round(time.monotonic() - m0, 1))
    print('loop.time() is a float:', type(loop.time()).__name__)

asyncio.run(main())
