# printing the repr of a task that raised, with the path trimmed
import asyncio
import os

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep

async def worker():
    await asyncio.sleep(0.01)
    raise ValueError('no luck')

async def main():
    task = asyncio.create_task(worker(), name='unlucky')
    await asyncio.wait([task])
    print(repr(task).replace(HERE, ''))
    print('exception:', repr(task.exception()))
    task.cancel()
    print('cancel after done:', task.cancel(), task.cancelled())

asyncio.run(main())
