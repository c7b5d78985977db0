# The docs' say_after run one after the other, then as two tasks: the elapsed times compared
import asyncio
import time

async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)

async def sequential():
    start = time.monotonic()
    await say_after(0.2, 'hello')
    await say_after(0.3, 'world')
    return time.monotonic() - start

async def concurrent():
    start = time.monotonic()
    task1 = asyncio.create_task(say_after(0.2, 'hello'))
    task2 = asyncio.create_task(say_after(0.3, 'world'))
    await task1
    await task2
    return time.monotonic() - start

async def main():
    s = await sequential()
    c = await concurrent()
    print("sequential took 0.5 s or more:", s >= 0.5)
    print("concurrent took under 0.45 s:", c < 0.45)
    print("concurrent faster:", c < s - 0.1)

asyncio.run(main())
