# A task that catches CancelledError and returns is not cancelled; cancel(msg) passes a message.
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('stubborn ignores the cancel')
    await asyncio.sleep(0.05)
    return 'finished anyway'

async def polite():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print('polite cancelled with args', e.args)
        raise

async def main():
    t1 = asyncio.create_task(stubborn())
    t2 = asyncio.create_task(polite())
    await asyncio.sleep(0)
    t1.cancel()
    t2.cancel('stop now')
    print(await t1, t1.cancelled())
    try:
        await t2
    except asyncio.CancelledError as e:
        print('main got', repr(e), t2.cancelled())

asyncio.run(main())
