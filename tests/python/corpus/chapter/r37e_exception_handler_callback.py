# set my own loop exception handler so a failing callback prints something short
import asyncio

def handler(loop, context):
    exc = context.get('exception')
    print('HANDLER:', sorted(context), '|', type(exc).__name__, exc)

async def worker():
    await asyncio.sleep(0.01)
    return 0

def print_it(task):
    print('print_it:', 1 / task.result())

async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    task = asyncio.create_task(worker())
    task.add_done_callback(print_it)
    await task
    await asyncio.sleep(0.01)
    print('main continues')

asyncio.run(main())
