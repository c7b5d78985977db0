# test_taskgroups: a KeyboardInterrupt-like BaseException from a child propagates bare, not grouped
import asyncio

class Stop(BaseException):
    pass

async def bad():
    await asyncio.sleep(0.05)
    raise Stop('halt')

async def other():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('other cancelled')
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad())
            tg.create_task(other())
    except Stop as e:
        print('bare Stop:', e)
    except BaseExceptionGroup as eg:
        print('group', eg)

asyncio.run(main())
