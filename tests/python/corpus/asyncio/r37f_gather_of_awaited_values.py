# Mistake: awaiting inside the list given to gather runs everything one by one, then gather gets plain ints
import asyncio
import time

async def work(n):
    await asyncio.sleep(0.1)
    return n * n

async def main():
    t0 = time.perf_counter()
    try:
        res = await asyncio.gather(*[await work(n) for n in range(3)])
    except TypeError as e:
        print("TypeError:", e)
    print("sequential part took over 0.25 s:", time.perf_counter() - t0 > 0.25)
    t0 = time.perf_counter()
    res = await asyncio.gather(*[work(n) for n in range(3)])
    print(res, "concurrent took under 0.2 s:", time.perf_counter() - t0 < 0.2)

asyncio.run(main())
