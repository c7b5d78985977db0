# (c) Ping-pong: two tasks that each await sleep(0) M times (2M switches);
# with depth > 0 the yield happens that many coroutine frames deep.
# usage: pingpong.py M depth reps warmups  ->  RESULT ns_per_switch=...
import asyncio
import sys
import time


def arg(i, default):
    return int(sys.argv[i]) if len(sys.argv) > i else default


async def nest(d):
    if d == 0:
        await asyncio.sleep(0)
        return
    await nest(d - 1)


async def player(m, depth):
    if depth:
        for _ in range(m):
            await nest(depth)
    else:
        for _ in range(m):
            await asyncio.sleep(0)


async def main():
    m, depth, reps, warm = arg(1, 100000), arg(2, 0), arg(3, 1), arg(4, 0)
    for r in range(warm + reps):
        t0 = time.perf_counter()
        await asyncio.gather(asyncio.create_task(player(m, depth)), asyncio.create_task(player(m, depth)))
        elapsed = time.perf_counter() - t0
        if r >= warm:
            print(f'RESULT ns_per_switch={elapsed / (2 * m) * 1e9:.9g}', flush=True)


if __name__ == '__main__':
    asyncio.run(main())
