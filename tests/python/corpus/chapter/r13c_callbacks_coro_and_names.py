import asyncio

async def worker():
    await asyncio.sleep(0.02)
    return 42

def print_it(task):
    print('print_it:', task.get_name(), task.get_coro().__name__, task.result())

async def do_something():
    me = asyncio.current_task()
    print('do_something runs in', me.get_name(), me.get_coro().__qualname__)
    first = asyncio.create_task(worker())
    second = asyncio.create_task(worker(), name='second worker')
    for t in (first, second):
        t.add_done_callback(print_it)
    print('names:', first.get_name(), '/', second.get_name())
    await first
    await second
    first.set_name(12345)
    print('renamed:', repr(first.get_name()))

asyncio.run(do_something())
