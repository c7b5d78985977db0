# Mistake: a worker's cleanup logs sys.exc_info() as "its" error, but after main failed it is main's error.
import asyncio
import sys

async def worker(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(name, "was cancelled")
    kind, value, _ = sys.exc_info()
    print(name, "cleanup sees:", kind.__name__ if kind else None, value)

async def main():
    asyncio.create_task(worker("w1"))
    await asyncio.sleep(0.01)
    totals = {"a": 1}
    print(totals["b"])

asyncio.run(main())
