# An error inside asyncio.timeout passes through; the timer is cancelled.
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.5) as cm:
            await asyncio.sleep(0.01)
            raise KeyError('config')
    except KeyError as e:
        print('KeyError passed through', e, 'expired:', cm.expired())
    await asyncio.sleep(0.6)
    print('no late cancel arrived; cancelling =', asyncio.current_task().cancelling())
    try:
        async with asyncio.timeout(-1):
            print('body starts even with a past deadline')
            await asyncio.sleep(0)
    except TimeoutError:
        print('then times out at the first await')

asyncio.run(main())
