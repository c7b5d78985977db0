# (b) Spawn and gather N tasks that each await sleep(0) once.
# usage: spawn.py N reps warmups  ->  RESULT tasks_per_s=... per measured rep
import asyncio
import sys
import time


def arg(i, default):
    return int(sys.argv[i]) if len(sys.argv) > i else default


async def sleeper():
    await asyncio.sleep(0)


async def once(n):
    t0 = time.perf_counter()
    tasks = [asyncio.create_task(sleeper()) for _ in range(n)]
    await asyncio.gather(*tasks)
    return time.perf_counter() - t0


async def main():
    n, reps, warm = arg(1, 10000), arg(2, 1), arg(3, 0)
    for r in range(warm + reps):
        elapsed = await once(n)
        if r >= warm:
            print(f'RESULT tasks_per_s={n / elapsed:.9g}', flush=True)


if __name__ == '__main__':
    asyncio.run(main())
