# spawn+gather: 100,000 tasks that each sleep(0) once, gathered and awaited
import asyncio
import time

N = 10_000


async def child():
    await asyncio.sleep(0)


async def main():
    t0 = time.perf_counter()
    await asyncio.gather(*[asyncio.create_task(child()) for _ in range(N)])
    t = time.perf_counter() - t0
    print(f"RESULT tasks_per_s={N / t:.0f}")


asyncio.run(main())
