# How many tasks exist? all_tasks() counted before, during and after a gather of coroutines
import asyncio

async def child(i, seen):
    await asyncio.sleep(0.01 * i)
    seen.append(len(asyncio.all_tasks()))
    return asyncio.current_task().get_name().startswith("Task-")

async def main():
    print("at start:", len(asyncio.all_tasks()))
    seen = []
    res = await asyncio.gather(*(child(i, seen) for i in range(1, 4)))
    print("seen by children:", seen, "default names:", res)
    print("after gather:", len(asyncio.all_tasks()))
    fut = asyncio.gather()
    print("empty gather done:", fut.done(), await fut)
    t = asyncio.ensure_future(child(0, seen))
    print("task, not coroutine, in gather:", await asyncio.gather(t), seen[-1])

asyncio.run(main())
