# a custom exception handler on the loop so callback errors look tidier
import asyncio

def handler(loop, context):
    exc = context.get('exception')
    print('HANDLER:', context['message'].split(' ')[0], type(exc).__name__, exc)

async def worker():
    await asyncio.sleep(0.01)
    return None

def print_it(task):
    print('print_it result:', task.result() + 1)

async def do_something():
    asyncio.get_running_loop().set_exception_handler(handler)
    task = asyncio.create_task(worker())
    task.add_done_callback(print_it)
    await task
    await asyncio.sleep(0)
    print('do_something - finished')

asyncio.run(do_something())
