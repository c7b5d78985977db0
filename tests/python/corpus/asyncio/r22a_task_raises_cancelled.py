# A coroutine raising CancelledError itself ends its task as cancelled.
import asyncio

async def gives_up():
    await asyncio.sleep(0)
    raise asyncio.CancelledError('gave up')

async def main():
    t = asyncio.create_task(gives_up())
    try:
        await t
    except asyncio.CancelledError as e:
        print('awaiting raised CancelledError', e.args)
    print('cancelled():', t.cancelled())
    print('cancelling():', t.cancelling())
    print(issubclass(asyncio.CancelledError, BaseException),
          issubclass(asyncio.CancelledError, Exception))

asyncio.run(main())
# (end of the program)
