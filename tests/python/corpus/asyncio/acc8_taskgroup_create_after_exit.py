# TaskGroup.create_task before entering and after leaving: RuntimeError, the coroutine closed without a warning.
import asyncio

async def job():
    return 1

async def main():
    tg = asyncio.TaskGroup()
    try:
        tg.create_task(job())
    except RuntimeError as e:
        print('before:', e)
    async with tg:
        t = tg.create_task(job())
    print('result', t.result())
    try:
        tg.create_task(job())
    except RuntimeError as e:
        print('after:', e)

asyncio.run(main())
