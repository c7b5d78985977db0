# Does loop.time() follow time.monotonic()? Comparing clocks around sleeps
import asyncio
import time
from datetime import datetime

async def main():
    loop = asyncio.get_running_loop()
    print("loop.time close to monotonic:", abs(loop.time() - time.monotonic()) < 0.05)
    t0, m0, w0, d0 = loop.time(), time.monotonic(), time.time(), datetime.now()
    await asyncio.sleep(0.1)
    time.sleep(0.1)
    dl, dm, dw = loop.time() - t0, time.monotonic() - m0, time.time() - w0
    dd = (datetime.now() - d0).total_seconds()
    print("all about 0.2s:", all(0.19 <= d < 0.5 for d in (dl, dm, dw, dd)))
    print("perf_counter_ns is int:", isinstance(time.perf_counter_ns(), int))
    print("monotonic_ns vs monotonic:", abs(time.monotonic_ns() / 1e9 - time.monotonic()) < 0.05)

asyncio.run(main())
