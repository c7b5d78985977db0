# loop.time() is the monotonic clock; a call_at deadline and a sleep agree with it
import asyncio
import time


async def main():
    loop = asyncio.get_running_loop()
    print("same clock:", abs(loop.time() - time.monotonic()) < 0.05)
    start = loop.time()
    fired = loop.create_future()
    loop.call_at(start + 0.1, lambda: fired.set_result(loop.time() - start))
    late = await fired
    print("fired after >= 0.1:", late >= 0.1, "and < 0.3:", late < 0.3)
    t0 = time.monotonic()
    await asyncio.sleep(0.05)
    print("monotonic moved:", time.monotonic() - t0 >= 0.05)


asyncio.run(main())
