# do time.time, monotonic, perf_counter and loop.time all agree about a 0.2s sleep?
import asyncio
import time
from datetime import datetime

async def main():
    loop = asyncio.get_running_loop()
    marks = [time.time(), time.monotonic(), time.perf_counter(), loop.time(), datetime.now()]
    await asyncio.sleep(0.2)
    after = [time.time(), time.monotonic(), time.perf_counter(), loop.time(), datetime.now()]
    names = ['time', 'monotonic', 'perf_counter', 'loop.time', 'datetime']
    for name, a, b in zip(names, marks, after):
        d = b - a
        if name == 'datetime':
            d = d.total_seconds()
        print(f'{name:>12}: {round(d, 1)}')
    ns = time.perf_counter_ns()
    time.sleep(0.05)
    print('ns ok:', time.perf_counter_ns() - ns >= 50_000_000)

asyncio.run(main())
