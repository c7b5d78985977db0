# Read stdin lines without blocking the loop: readline in an executor while a ticker runs.
import asyncio
import sys

async def ticker(stop):
    n = 0
    while not stop.is_set():
        await asyncio.sleep(0.01)
        n += 1
    return n

async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    tick = asyncio.create_task(ticker(stop))
    lines = []
    while True:
        line = await loop.run_in_executor(None, sys.stdin.readline)
        if not line:
            break
        lines.append(line.strip().upper())
    stop.set()
    await tick
    print(lines)
    print("words:", sum(len(l.split()) for l in lines))

asyncio.run(main())
