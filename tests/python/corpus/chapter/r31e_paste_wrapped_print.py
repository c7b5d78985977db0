# copied the do_something from 34.5 with the print wrapped onto the next line
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

async def do_something():
    task = asyncio.create_task(worker())
    await task
    print('do_something - task.cancelled():',
task.cancelled())
    print('do_something - task.done():', task.done())
    print('do_something - task.exception():',
task.exception())
    # Run three calls to worker concurrently and collect
    results
    print('do_something - finished')

asyncio.run(do_something())
