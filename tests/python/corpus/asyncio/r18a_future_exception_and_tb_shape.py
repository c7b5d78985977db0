# a Future's exception raised in two awaiting tasks: same object, traceback grows
import asyncio

async def waiter(fut, name):
    try:
        await fut
    except ValueError as e:
        print(name, 'got', e, 'same object:', e is fut.exception())
        return len(list(iter_tb(e.__traceback__)))

def iter_tb(tb):
    while tb:
        yield tb.tb_frame.f_code.co_name
        tb = tb.tb_next

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    ts = [asyncio.create_task(waiter(fut, n)) for n in ('w1', 'w2')]
    await asyncio.sleep(0)
    fut.set_exception(ValueError('shared'))
    print(await asyncio.gather(*ts) != [])
    try:
        fut.set_exception(StopIteration)
    except (TypeError, asyncio.InvalidStateError) as e:
        print(type(e).__name__, e)
    f2 = loop.create_future()
    try:
        f2.set_exception(StopIteration())
    except TypeError as e:
        print('TypeError:', e)
    f2.set_exception(KeyError)
    print(repr(f2.exception()))

asyncio.run(main())
