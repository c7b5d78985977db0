# test_taskgroups: test_taskgroup_21 -- a child raising a BaseException (KeyboardInterrupt-like)
import asyncio

class MyBase(BaseException):
    pass

async def main():
    async def crash():
        await asyncio.sleep(0.01)
        raise MyBase("base")

    async def other():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("other cancelled")
            raise

    try:
        async with asyncio.TaskGroup() as g:
            g.create_task(crash())
            g.create_task(other())
    except MyBase as e:
        print("MyBase propagated bare:", repr(e))
    except BaseExceptionGroup as eg:
        print("group:", repr(eg))

asyncio.run(main())
