# If the inner task swallows the cancel from wait_for, its value is returned.
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('swallowing cancel')
        return 'fallback'
    return 'normal'

async def main():
    result = await asyncio.wait_for(stubborn(), timeout=0.05)
    print('wait_for returned', repr(result))

asyncio.run(main())
# (end of the program)
