# The async with body of a TaskGroup raises while a child has already failed: both end up in the group.
import asyncio

async def child(n):
    await asyncio.sleep(0.01 * n)
    raise ValueError(f"child {n} failed")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(1))
            tg.create_task(asyncio.sleep(1))
            await asyncio.sleep(0.1)
            print("not reached: the body is cancelled")
    except ExceptionGroup as eg:
        print("group:", eg.message, [repr(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(5))
            raise KeyError("body failed first")
    except ExceptionGroup as eg:
        print("group:", eg.message, [repr(e) for e in eg.exceptions])

asyncio.run(main())
