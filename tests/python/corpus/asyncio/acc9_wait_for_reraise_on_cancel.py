# The inner coroutine raises its own exception when wait_for cancels it on timeout: that exception comes out.
import asyncio

class FooError(Exception):
    pass

async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        raise FooError('raised during cancellation')

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        await asyncio.sleep(0.01)
        print('stubborn cleaned up')
        raise

async def main():
    try:
        await asyncio.wait_for(inner(), 0.01)
    except FooError as e:
        print('FooError:', e, '| context:', type(e.__context__).__name__)
    except TimeoutError:
        print('TimeoutError')
    try:
        await asyncio.wait_for(stubborn(), 0.01)
    except TimeoutError:
        print('TimeoutError after the cleanup')

asyncio.run(main())
