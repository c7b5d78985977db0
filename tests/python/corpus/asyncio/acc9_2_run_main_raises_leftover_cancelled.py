# main raises while a task is pending: the task is cancelled during shutdown, its finally runs, then the traceback.
import asyncio

async def background():
    try:
        await asyncio.sleep(10)
    finally:
        print('background finally')

async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0)
    raise ValueError('main failed')

asyncio.run(main())
