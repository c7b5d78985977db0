# create_task on a finished or unentered TaskGroup is refused; 3.11 leaves the coroutine unawaited
import asyncio

async def work():
    return 1

async def main():
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(work())
    print('result', t.result())
    coro = work()
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print('RuntimeError:', e)
    print('coroutine closed:', coro.cr_frame is None)
    tg2 = asyncio.TaskGroup()
    try:
        tg2.create_task(work())
    except RuntimeError as e:
        print('RuntimeError:', e)

asyncio.run(main())
