# test_taskgroups: create_task on a finished group raises RuntimeError and closes the coroutine
import asyncio

async def work():
    return 1

async def main():
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(work(), name='w')
    print(t.result(), t.get_name())
    coro = work()
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print('RuntimeError:', e)
    print(coro.cr_frame is None)
    coro.close()
    tg2 = asyncio.TaskGroup()
    coro = work()
    try:
        tg2.create_task(coro)
    except RuntimeError as e:
        print('RuntimeError:', e)
    coro.close()

asyncio.run(main())
