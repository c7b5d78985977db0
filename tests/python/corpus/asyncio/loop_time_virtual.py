# loop.time() moves with the sleeps: differences of the loop's clock, rounded, as the program sees them.
import asyncio
import time

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    marks = []
    for delay in (0.1, 0.2, 0.05):
        await asyncio.sleep(delay)
        marks.append(round(loop.time() - start, 1))
    print('after sleeps:', marks)
    t0 = loop.time()
    await asyncio.gather(asyncio.sleep(0.1), asyncio.sleep(0.3), asyncio.sleep(0.2))
    print('gather of 0.1, 0.3, 0.2 took', round(loop.time() - t0, 1))
    m0 = time.monotonic()
    await asyncio.sleep(0.1)
    print('time.monotonic moved about as much:', round(time.monotonic() - m0, 1))
    print('loop.time() is a float:', type(loop.time()).__name__)

asyncio.run(main())
