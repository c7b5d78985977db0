# test_futures: exception() of a cancelled future raises CancelledError; set_result after cancel
import asyncio

async def main():
    f = asyncio.get_running_loop().create_future()
    f.add_done_callback(lambda fut: print('callback: cancelled =', fut.cancelled()))
    f.cancel()
    try:
        f.exception()
    except asyncio.CancelledError:
        print('exception() raised CancelledError')
    try:
        f.set_result(1)
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    await asyncio.sleep(0)
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))

asyncio.run(main())
