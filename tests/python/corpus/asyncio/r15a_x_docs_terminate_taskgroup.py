# The docs' recipe for terminating a task group: a task that raises a private exception, caught with except*
import asyncio

class TerminateTaskGroup(Exception):
    """Exception raised to terminate a task group."""

async def force_terminate_task_group():
    """Used to force termination of a task group."""
    raise TerminateTaskGroup()

async def job(task_id, sleep_time):
    print(f'Task {task_id}: start')
    await asyncio.sleep(sleep_time)
    print(f'Task {task_id}: done')

async def main():
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(job(1, 0.05))
            group.create_task(job(2, 1))
            await asyncio.sleep(0.2)
            group.create_task(force_terminate_task_group())
    except* TerminateTaskGroup:
        pass
    print("group terminated")

asyncio.run(main())
