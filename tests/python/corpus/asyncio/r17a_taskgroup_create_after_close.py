# create_task on a TaskGroup that has finished raises RuntimeError
import asyncio

async def nap():
    await asyncio.sleep(0.01)

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(nap())
    coro = nap()
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print('RuntimeError:', e)
    coro.close()
    tg2 = asyncio.TaskGroup()
    coro = nap()
    try:
        tg2.create_task(coro)
    except RuntimeError as e:
        print('RuntimeError:', e)
    coro.close()

asyncio.run(main())
