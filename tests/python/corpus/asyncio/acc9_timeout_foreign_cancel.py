# A task cancelled from outside while inside asyncio.timeout: CancelledError (with its message) passes through, not TimeoutError.
import asyncio

async def body():
    try:
        async with asyncio.timeout(10) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print('TimeoutError (wrong)')
    except asyncio.CancelledError as e:
        print('CancelledError', e.args, 'expired:', cm.expired())
        raise

async def main():
    t = asyncio.create_task(body())
    await asyncio.sleep(0.01)
    t.cancel('from main')
    try:
        await t
    except asyncio.CancelledError as e:
        print('main:', e.args, t.cancelling())

asyncio.run(main())
