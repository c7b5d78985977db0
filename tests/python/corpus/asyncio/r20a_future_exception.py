# A Future given an exception: awaiting it raises, exception() returns it, callback sees it.
import asyncio


def report(fut):
    print('callback: exception is', repr(fut.exception()))


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(report)
    loop.call_later(0.05, fut.set_exception, ValueError('bad value'))
    try:
        await fut
    except ValueError as e:
        print('caught:', e)
    print('done:', fut.done(), 'cancelled:', fut.cancelled())


asyncio.run(main())
