# Two workers with time.sleep under gather run one after the other.
import asyncio
import time

async def worker(name, delay):
    print(f'{name} - start')
    time.sleep(delay)
    print(f'{name} - end')
    return name.upper()

async def main():
    t0 = time.perf_counter()
    res = await asyncio.gather(worker('a', 0.2), worker('b', 0.2))
    elapsed = time.perf_counter() - t0
    print(res, 'serial' if elapsed >= 0.4 else 'parallel')

asyncio.run(main())
