# Calling run_until_complete from inside a coroutine the loop is already running.
import asyncio


async def inner():
    return 1


async def outer(loop):
    coro = inner()
    try:
        return loop.run_until_complete(coro)
    except RuntimeError as e:
        print('RuntimeError:', e)
        return await coro


loop = asyncio.new_event_loop()
try:
    print('result:', loop.run_until_complete(outer(loop)))
finally:
    loop.close()
