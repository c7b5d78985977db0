# test_taskgroups: test_taskgroup_09/10 -- nested groups, the inner one fails
import asyncio

async def main():
    async def boom():
        await asyncio.sleep(0.01)
        raise ZeroDivisionError("inner")

    async def sleeper():
        await asyncio.sleep(1)

    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(sleeper())
            async with asyncio.TaskGroup() as inner:
                inner.create_task(boom())
                inner.create_task(sleeper())
            print("not reached")
    except ExceptionGroup as eg:
        print(repr(eg))
        print(eg.exceptions[0].exceptions if isinstance(eg.exceptions[0], ExceptionGroup) else eg.exceptions)

asyncio.run(main())
