# my worker refuses to be cancelled and returns a fallback; what does wait_for give back?
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(1)
        return 'finished normally'
    except asyncio.CancelledError:
        print('stubborn - ignoring the cancel')
        return 'fallback value'

async def polite():
    await asyncio.sleep(1)
    return 'finished normally'

async def do_something():
    print('stubborn:', await asyncio.wait_for(stubborn(), timeout=0.05))
    try:
        print('polite:', await asyncio.wait_for(polite(), timeout=0.05))
    except asyncio.TimeoutError as e:
        print('polite timed out; cause is', type(e.__cause__).__name__)

asyncio.run(do_something())
