# Wrong version: time.sleep inside coroutines runs them one after another
import asyncio
import time

order = []

async def task(name):
    order.append(f"{name} start")
    time.sleep(0.05)
    order.append(f"{name} end")

async def main():
    t0 = time.perf_counter()
    await asyncio.gather(task("A"), task("B"), task("C"))
    print(order)
    print("took at least 0.15s:", time.perf_counter() - t0 >= 0.15)

asyncio.run(main())
