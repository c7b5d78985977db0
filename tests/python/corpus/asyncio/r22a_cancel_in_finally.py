# A different exception raised while handling cancellation replaces it.
import asyncio

async def messy():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        raise RuntimeError('cleanup failed')

async def main():
    t = asyncio.create_task(messy())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except RuntimeError as e:
        print('RuntimeError', e)
        print('context:', type(e.__context__).__name__)
    print('cancelled():', t.cancelled(), 'exception:', repr(t.exception()))

asyncio.run(main())
# (end of the program)
