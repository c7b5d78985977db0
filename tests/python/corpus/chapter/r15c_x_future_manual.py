# a Future made by hand and resolved by call_later: its repr and states
import asyncio

async def do_something():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut, fut.done())
    loop.call_later(0.1, fut.set_result, 42)
    print('awaited:', await fut)
    print(fut, fut.result())
    bad = loop.create_future()
    bad.set_exception(ValueError('broken'))
    print(bad)
    try:
        bad.set_result(1)
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    print(repr(bad.exception()))
    c = loop.create_future()
    c.cancel('stop')
    print(c, c.cancelled())

asyncio.run(do_something())
