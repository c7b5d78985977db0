# A task that catches its CancelledError and returns a value is not cancelled: its result is the value.
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('stubborn: cancelled, returning anyway')
        return 'kept going'
    return 'normal'

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.01)
    t.cancel()
    r = await t
    print('result:', r)
    print('cancelled():', t.cancelled(), 'cancelling():', t.cancelling())

asyncio.run(main())
