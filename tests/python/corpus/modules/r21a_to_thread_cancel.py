# Cancelling a task awaiting to_thread: the task is cancelled, the thread finishes
import asyncio, time
def work():
    time.sleep(0.3)
    print("thread finished its work")
async def main():
    task = asyncio.create_task(asyncio.to_thread(work))
    await asyncio.sleep(0.1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("task cancelled:", task.cancelled())
    await asyncio.sleep(0.4)
    print("main done")
asyncio.run(main())
