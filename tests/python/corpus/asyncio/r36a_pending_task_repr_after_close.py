# Look at a pending task's state after its loop is closed: still pending, the coroutine still suspended
import asyncio
import inspect


async def stuck():
    await asyncio.sleep(5)


loop = asyncio.new_event_loop()
task = loop.create_task(stuck(), name="stuck")
loop.run_until_complete(asyncio.sleep(0.01))
loop.close()
print("done:", task.done(), "cancelled:", task.cancelled())
print("coroutine state:", inspect.getcoroutinestate(task.get_coro()))
print(task.get_name(), task.get_coro().__name__)
