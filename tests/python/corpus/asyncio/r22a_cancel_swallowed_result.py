# A task that catches CancelledError and returns is not cancelled.
import asyncio

async def polite():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print('cleanup after cancel')
        return 'partial result'
    return 'full result'

async def main():
    t = asyncio.create_task(polite())
    await asyncio.sleep(0.01)
    t.cancel()
    r = await t
    print('result:', r)
    print('cancelled():', t.cancelled())
    print('cancelling():', t.cancelling())
    print('exception():', t.exception())

asyncio.run(main())
