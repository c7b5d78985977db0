# Two workers with asyncio.sleep under gather overlap; time compared.
import asyncio
import time

async def worker(name, delay):
    print(f'{name} - start')
    await asyncio.sleep(delay)
    print(f'{name} - end')
    return name.upper()

async def main():
    t0 = time.perf_counter()
    res = await asyncio.gather(worker('a', 0.3), worker('b', 0.3))
    elapsed = time.perf_counter() - t0
    print(res, 'serial' if elapsed >= 0.55 else 'parallel', elapsed < 0.45)

asyncio.run(main())
