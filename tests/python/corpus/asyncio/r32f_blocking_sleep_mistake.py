# The time.sleep mistake: blocking the loop serialises "concurrent" tasks
import asyncio
import time

async def blocking(name):
    print(f"{name} start")
    time.sleep(0.05)
    print(f"{name} end")

async def nonblocking(name):
    print(f"{name} start")
    await asyncio.sleep(0.05)
    print(f"{name} end")

async def main():
    t0 = time.perf_counter()
    await asyncio.gather(blocking("B1"), blocking("B2"), blocking("B3"))
    t1 = time.perf_counter()
    await asyncio.gather(nonblocking("N1"), nonblocking("N2"), nonblocking("N3"))
    t2 = time.perf_counter()
    print("blocking took >= 0.15s:", t1 - t0 >= 0.15)
    print("non-blocking took < 0.12s:", t2 - t1 < 0.12)

asyncio.run(main())
