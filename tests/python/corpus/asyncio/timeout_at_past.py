# timeout_at a time already past expires at the first await; code before it still runs; the error's cause.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            print('body starts')
            await asyncio.sleep(0)
            print('not reached')
    except TimeoutError as e:
        print('TimeoutError, cause:', type(e.__cause__).__name__)
    try:
        async with asyncio.timeout(0):
            print('no await in the body')
    except TimeoutError:
        print('not raised')
    else:
        print('a body without await ends normally')
    try:
        async with asyncio.timeout(0.05):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print('body sees CancelledError')
                raise
    except TimeoutError:
        print('and the context manager turns it into TimeoutError')

asyncio.run(main())
