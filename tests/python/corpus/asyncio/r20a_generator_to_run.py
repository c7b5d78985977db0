# Passing a plain generator (old style without decorator) to run_until_complete: TypeError.
import asyncio


def old_coroutine():
    yield from asyncio.sleep(0.01)
    return 'done'


loop = asyncio.new_event_loop()
try:
    print(loop.run_until_complete(old_coroutine()))
finally:
    loop.close()
