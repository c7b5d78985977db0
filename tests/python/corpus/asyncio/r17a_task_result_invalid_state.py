# result() and exception() on a pending task raise InvalidStateError
import asyncio

async def slow():
    await asyncio.sleep(0.05)
    return 'done'

async def main():
    t = asyncio.create_task(slow())
    for meth in (t.result, t.exception):
        try:
            meth()
        except asyncio.InvalidStateError as e:
            print(type(e).__name__, e)
    print(await t)
    print(t.exception())
    t2 = asyncio.create_task(slow())
    t2.cancel()
    await asyncio.sleep(0)
    try:
        t2.exception()
    except asyncio.CancelledError as e:
        print('exception() raised', type(e).__name__)

asyncio.run(main())
