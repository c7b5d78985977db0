# Reading input lines without blocking the loop: readline in the default executor
import asyncio
import sys

async def spinner(stop):
    n = 0
    while not stop.is_set():
        n += 1
        await asyncio.sleep(0.005)
    return n

async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    spin = asyncio.create_task(spinner(stop))
    lines = []
    while line := await loop.run_in_executor(None, sys.stdin.readline):
        lines.append(line.rstrip("\n"))
    stop.set()
    await spin
    print("read", len(lines), "lines:", lines)
    name = await asyncio.to_thread(input, "")
    print("never", name)

asyncio.run(main())
