# printing the event loop object and its state
import asyncio

async def do_something():
    loop = asyncio.get_running_loop()
    print(loop)
    print('running?', loop.is_running(), 'closed?', loop.is_closed())
    print('same as get_event_loop?', loop is asyncio.get_event_loop())
    print('debug?', loop.get_debug())
    return loop

loop = asyncio.run(do_something())
print(loop)
print('running?', loop.is_running(), 'closed?', loop.is_closed())
