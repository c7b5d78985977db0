# The common SO pattern: cancel a task and await it inside contextlib.suppress(CancelledError).
import asyncio
from contextlib import suppress

async def spinner():
    frames = "|/-\\"
    i = 0
    try:
        while True:
            print("spin", frames[i % 4])
            i += 1
            await asyncio.sleep(0.2)
    finally:
        print("spinner stopped after", i, "frames")

async def main():
    task = asyncio.create_task(spinner())
    await asyncio.sleep(0.5)
    task.cancel()
    with suppress(asyncio.CancelledError):
        await task
    print("task cancelled:", task.cancelled())

asyncio.run(main())
