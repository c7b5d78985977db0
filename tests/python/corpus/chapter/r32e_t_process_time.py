# time.sleep vs process_time: sleeping doesn't use CPU
import asyncio
import time

async def worker():
    cpu0 = time.process_time()
    wall0 = time.perf_counter()
    time.sleep(0.1)
    await asyncio.sleep(0.1)
    cpu = time.process_time() - cpu0
    wall = time.perf_counter() - wall0
    return cpu < 0.05, wall >= 0.2

print('little cpu, long wall:', asyncio.run(worker()))
print('clock names ok:', all(hasattr(time, n) for n in ('monotonic', 'perf_counter', 'process_time')))
