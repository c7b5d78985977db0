# A periodic task ("heartbeat") cancelled after a while
import asyncio

async def heartbeat(interval):
    n = 0
    try:
        while True:
            n += 1
            print(f"tick {n}")
            await asyncio.sleep(interval)
    except asyncio.CancelledError:
        print(f"heartbeat stopped after {n} ticks")
        raise
    finally:
        print("cleanup")

async def main():
    task = asyncio.create_task(heartbeat(0.2), name="heartbeat")
    await asyncio.sleep(0.7)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main: task is cancelled:", task.cancelled())
    print(task.get_name(), task.done())

asyncio.run(main())
