# time.sleep and asyncio.sleep side by side under gather: which blocks.
import asyncio
import time

async def blocking(name):
    print(name, 'start')
    time.sleep(0.1)
    print(name, 'end')

async def polite(name):
    print(name, 'start')
    await asyncio.sleep(0.1)
    print(name, 'end')

async def main():
    t0 = time.perf_counter()
    await asyncio.gather(blocking('b1'), blocking('b2'))
    t1 = time.perf_counter()
    await asyncio.gather(polite('p1'), polite('p2'))
    t2 = time.perf_counter()
    print('blocking took at least 0.2:', t1 - t0 >= 0.19)
    print('polite took under 0.19:', t2 - t1 < 0.19)

asyncio.run(main())
