# sequential plain functions vs gathered coroutines, compared coarsely
import asyncio
import time

def sync_worker():
    time.sleep(0.1)
    return 1

async def async_worker():
    await asyncio.sleep(0.1)
    return 1

start = time.perf_counter()
total = sum(sync_worker() for _ in range(3))
sync_time = time.perf_counter() - start

async def main():
    return sum(await asyncio.gather(*(async_worker() for _ in range(3))))

start = time.perf_counter()
atotal = asyncio.run(main())
async_time = time.perf_counter() - start
print('totals:', total, atotal)
print('sync at least 0.3 s:', sync_time >= 0.3)
print('async at least 0.1 s:', async_time >= 0.1)
print('async faster:', async_time < sync_time)
print('async under sync minus 0.15:', async_time < sync_time - 0.15)
