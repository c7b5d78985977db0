# wait_for with timeout=0 - does the worker even get a chance to start?
import asyncio

async def worker():
    print('worker - started')
    return 42

async def main():
    try:
        print(await asyncio.wait_for(worker(), timeout=0))
    except asyncio.TimeoutError:
        print('timed out immediately')
    task = asyncio.create_task(worker())
    await asyncio.sleep(0)
    print('task done?', task.done())
    print(await asyncio.wait_for(task, timeout=0))

asyncio.run(main())
