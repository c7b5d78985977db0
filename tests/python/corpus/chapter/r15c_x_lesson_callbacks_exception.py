# the callbacks lesson where print_it checks exception() before result()
import asyncio

async def worker(fail):
    print('worker - will take some time')
    await asyncio.sleep(0.1)
    if fail:
        raise ArithmeticError('worker - could not do it')
    print('worker - Done it')
    return 42

def print_it(task):
    if task.exception() is not None:
        print('print_it exception:', task.exception())
    else:
        print('print_it result:', task.result())

async def do_something(fail):
    task = asyncio.create_task(worker(fail))
    task.add_done_callback(print_it)
    await asyncio.wait([task])
    print('do_something - task.done():', task.done())
    print('do_something - task.exception():', repr(task.exception()))

print('Main - Starting')
asyncio.run(do_something(False))
asyncio.run(do_something(True))
print('Main - Done')
