# used loop.create_task (the older spelling) with names, then shutdown_default_executor
import asyncio
import time

async def worker(label):
    await asyncio.sleep(0.01)
    return label

async def main():
    loop = asyncio.get_running_loop()
    t = loop.create_task(worker('A'), name='via-loop')
    print(t.get_name(), await t)
    print(await loop.run_in_executor(None, time.sleep, 0.01))
    await loop.shutdown_default_executor()
    print('executor shut down')
    try:
        await loop.run_in_executor(None, time.sleep, 0.01)
    except RuntimeError as e:
        print('RuntimeError:', e)

asyncio.run(main())
