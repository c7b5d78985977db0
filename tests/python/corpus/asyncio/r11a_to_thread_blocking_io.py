import asyncio
import time


def blocking_io(path):
    time.sleep(0.3)
    print(f"done reading {path}")
    return len(path)


async def tick():
    for i in range(2):
        print("tick", i)
        await asyncio.sleep(0.1)


async def main():
    n, _ = await asyncio.gather(asyncio.to_thread(blocking_io, "/etc/config"), tick())
    print("length:", n)


asyncio.run(main())
