# exception() and result() of a cancelled task, uncaught in the end
import asyncio

async def worker():
    await asyncio.sleep(1)

async def do_something():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    task.cancel()
    await asyncio.sleep(0)
    print('cancelled:', task.cancelled())
    print('exception():', task.exception())

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

main()
