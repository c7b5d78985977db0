# A TaskGroup that has finished refuses create_task; in 3.11 the coroutine is never awaited (a warning)
import asyncio

async def work():
    return 1

async def main():
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(work())
    print('result', t.result())
    try:
        tg.create_task(work())
    except RuntimeError as e:
        print('RuntimeError:', e)
    print('main goes on')

asyncio.run(main())
