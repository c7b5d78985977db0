# wait_for on a Task cancels it at the timeout; the task sees CancelledError
import asyncio

async def slow_job():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("slow_job: got cancelled, cleaning up")
        raise
    return "never"

async def main():
    task = asyncio.create_task(slow_job())
    try:
        await asyncio.wait_for(task, timeout=0.1)
    except asyncio.TimeoutError as e:
        print("timed out:", type(e).__name__)
    print("task cancelled:", task.cancelled(), "done:", task.done())

asyncio.run(main())
