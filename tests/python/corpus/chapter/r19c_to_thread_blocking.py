# Running blocking code with asyncio.to_thread
import asyncio
import time

def blocking_io(n):
    time.sleep(0.2)
    return f"blocking_io({n}) done"

def cpu_bound(n):
    return sum(i * i for i in range(n))

async def ticker():
    for i in range(3):
        print("event loop still responsive", i)
        await asyncio.sleep(0.1)

async def main():
    start = time.perf_counter()
    results = await asyncio.gather(
        asyncio.to_thread(blocking_io, 1),
        asyncio.to_thread(blocking_io, 2),
        ticker(),
    )
    print(results[:2])
    print(await asyncio.to_thread(cpu_bound, 10_000))
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, cpu_bound, 100))
    print(f"took {time.perf_counter() - start:.1f}s")

asyncio.run(main())
