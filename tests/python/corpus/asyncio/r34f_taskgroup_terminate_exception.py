# Stop a whole TaskGroup early by raising a private exception from a helper task (docs recipe).
import asyncio

class TerminateTaskGroup(Exception):
    """Raised to terminate a task group."""

async def force_terminate(tg):
    raise TerminateTaskGroup()

async def job(task_id, sleep_time):
    print(f"Task {task_id}: start")
    await asyncio.sleep(sleep_time)
    print(f"Task {task_id}: done")

async def main():
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(job(1, 0.05))
            group.create_task(job(2, 0.5))
            await asyncio.sleep(0.2)
            group.create_task(force_terminate(group))
    except* TerminateTaskGroup:
        print("group terminated")

asyncio.run(main())
