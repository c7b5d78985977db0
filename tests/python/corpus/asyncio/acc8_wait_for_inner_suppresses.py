# wait_for times out but the inner coroutine swallows the cancellation and returns: 3.11 hands back its value.
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('stubborn: ignoring cancel')
        return 'value after cancel'

async def main():
    try:
        r = await asyncio.wait_for(stubborn(), timeout=0.02)
        print('wait_for returned', repr(r))
    except asyncio.TimeoutError:
        print('TimeoutError')

asyncio.run(main())
