import asyncio
import os
import sys


async def job(n):
    await asyncio.sleep(0.01 * n)
    print("job", n, "finished")


async def watchdog(limit):
    await asyncio.sleep(limit)
    print(f"watchdog: still running after {limit}s, aborting", file=sys.stderr)
    sys.stdout.flush()
    os._exit(3)


async def main():
    asyncio.create_task(watchdog(0.05))
    await asyncio.gather(*(job(n) for n in (1, 2, 30)))
    print("all done")


asyncio.run(main())
