# the callback wraps the worker's error in its own, raise ... from
import asyncio

class ReportError(Exception):
    pass

async def worker():
    await asyncio.sleep(0.01)
    raise ConnectionError('server went away')

def print_it(task):
    try:
        print('print_it result:', task.result())
    except ConnectionError as e:
        raise ReportError('could not report') from e

async def main():
    task = asyncio.create_task(worker())
    task.add_done_callback(print_it)
    await asyncio.gather(task, return_exceptions=True)
    await asyncio.sleep(0)
    print('main - finished')

asyncio.run(main())
