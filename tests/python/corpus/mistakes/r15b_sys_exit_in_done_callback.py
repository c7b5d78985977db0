# Mistake: sys.exit called in a task's done callback stops asyncio.run from inside the loop.
import asyncio
import sys

def on_done(task):
    print("result", task.result())
    if task.result() > 1:
        sys.exit(task.result())

async def work(n):
    await asyncio.sleep(0.15 * n)
    return n

async def main():
    for n in (1, 2, 3):
        t = asyncio.create_task(work(n))
        t.add_done_callback(on_done)
    await asyncio.sleep(0.6)
    print("main done")

asyncio.run(main())
print("not reached")
