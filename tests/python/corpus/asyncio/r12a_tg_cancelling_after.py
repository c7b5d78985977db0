# test_taskgroups: test_taskgroup_cancel_children_on_child_error -- cancelling() back to 0
import asyncio

async def main():
    async def bad():
        await asyncio.sleep(0.01)
        raise RuntimeError("x")

    me = asyncio.current_task()
    try:
        async with asyncio.TaskGroup() as g:
            g.create_task(bad())
            await asyncio.sleep(1)
    except* RuntimeError as eg:
        print("caught", len(eg.exceptions))
    print("cancelling():", me.cancelling())
    await asyncio.sleep(0.01)
    print("still running fine")

asyncio.run(main())
