# printing the TaskGroup error myself with traceback.format_exception
import asyncio
import traceback

async def worker(n):
    await asyncio.sleep(0.01)
    if n:
        raise ValueError(n)

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker(0))
            tg.create_task(worker(3))
    except ExceptionGroup as eg:
        print('str:', eg)
        print('repr:', repr(eg))
        lines = traceback.format_exception(eg)
        print(''.join(lines).replace(__file__, 'FILE'))

asyncio.run(main())
