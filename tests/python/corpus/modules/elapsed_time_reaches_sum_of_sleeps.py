# A solution checking its own timing: twelve sleeps of 10 ms take at least
# 120 ms, with time.sleep and with asyncio.sleep (loop.time, monotonic and
# perf_counter agree); under the virtual clock the sum is exact.
import asyncio
import time

t0, p0 = time.monotonic(), time.perf_counter()
for _ in range(12):
    time.sleep(0.01)
elapsed = time.monotonic() - t0
print(elapsed >= 0.12, time.perf_counter() - p0 >= 0.12, round(elapsed, 2) >= 0.12)


async def tick(n):
    for _ in range(n):
        await asyncio.sleep(0.01)


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    await tick(12)
    print(loop.time() - start >= 0.12)
    start = loop.time()
    await asyncio.gather(tick(12), tick(6), tick(3))
    took = loop.time() - start
    print(took >= 0.12, took >= 0.03 * 4)


asyncio.run(main())
print(time.monotonic() - t0 >= 0.24)
