# (f) Memory: N tasks asleep at once (each in sleep(3600)).  Once all have
# started and suspended, measures the growth of the process, then cancels
# them.  CPython: resident set (/proc/self/statm).  Pyodide: the runner
# passes __bench_mem__, the size of the wasm linear memory.
# usage: memory.py N  ->  RESULT process_per_task=...
import asyncio
import gc
import sys


def arg(i, default):
    return int(sys.argv[i]) if len(sys.argv) > i else default


def process_bytes():
    probe = globals().get('__bench_mem__')
    if probe is not None:
        return float(probe())
    with open('/proc/self/statm') as f:
        return float(f.read().split()[1]) * 4096


async def sleeper():
    await asyncio.sleep(3600)


async def main():
    n = arg(1, 100000)
    tasks = [None] * n
    gc.collect()
    before = process_bytes()
    for i in range(n):
        tasks[i] = asyncio.create_task(sleeper())
    await asyncio.sleep(0)  # one iteration: every task starts and suspends
    after = process_bytes()
    print(f'RESULT process_per_task={(after - before) / n:.9g}', flush=True)
    print(f'RESULT process_peak_mb={after / 1048576:.9g}', flush=True)
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


if __name__ == '__main__':
    asyncio.run(main())
