# Cancelling a Future: awaiting it raises CancelledError, callbacks see cancelled().
import asyncio


def cb(fut):
    print('callback: cancelled?', fut.cancelled())


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(cb)
    loop.call_later(0.05, fut.cancel)
    try:
        await fut
    except asyncio.CancelledError:
        print('await raised CancelledError')
    print('cancel again:', fut.cancel())
    try:
        fut.result()
    except asyncio.CancelledError:
        print('result() raised CancelledError')


asyncio.run(main())
