# A function in an executor thread reports progress back to the loop with call_soon_threadsafe
import asyncio


def crunch(loop, progress, n):
    total = 0
    for i in range(1, n + 1):
        total += i * i
        if i % 2 == 0:
            loop.call_soon_threadsafe(progress.put_nowait, i)
    loop.call_soon_threadsafe(progress.put_nowait, None)
    return total


async def main():
    loop = asyncio.get_running_loop()
    progress = asyncio.Queue()
    fut = loop.run_in_executor(None, crunch, loop, progress, 6)
    seen = []
    while (step := await progress.get()) is not None:
        seen.append(step)
    print("progress:", seen)
    print("result:", await fut)
    print(type(fut).__name__, fut.done())


asyncio.run(main())
