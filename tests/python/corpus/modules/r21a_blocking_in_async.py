# Mistake: time.sleep inside a coroutine blocks the event loop
import asyncio, time
async def bad(n):
    time.sleep(0.1)
    print("bad", n)
async def good(n):
    await asyncio.sleep(0.1)
    print("good", n)
async def main():
    t0 = time.monotonic()
    await asyncio.gather(*(bad(i) for i in range(3)))
    t_bad = time.monotonic() - t0
    t0 = time.monotonic()
    await asyncio.gather(*(good(i) for i in range(3)))
    t_good = time.monotonic() - t0
    print(t_bad >= 0.3, t_good < 0.25, t_bad > t_good)
asyncio.run(main())
