# a plain Future resolved by loop.call_later instead of a worker coroutine
import asyncio

def print_it(fut):
    print('print_it result:', fut.result())

async def do_something():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(print_it)
    loop.call_later(0.05, fut.set_result, 42)
    print('waiting, done?', fut.done())
    value = await fut
    print('got', value)
    try:
        fut.set_result(43)
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)

asyncio.run(do_something())
