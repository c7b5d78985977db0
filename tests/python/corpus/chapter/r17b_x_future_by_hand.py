# A Future set by a callback: the learner sees what create_task does for them
import asyncio

def deliver(fut, value):
    if not fut.cancelled():
        fut.set_result(value)
        print('delivered', value)

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print('done?', fut.done())
    loop.call_later(0.1, deliver, fut, 42)
    fut.add_done_callback(lambda f: print('callback sees', f.result()))
    print('awaited:', await fut)
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    f2 = loop.create_future()
    f2.set_exception(ValueError('bad'))
    try:
        await f2
    except ValueError as e:
        print('f2 raised', e, f2.exception() is e)

asyncio.run(main())
