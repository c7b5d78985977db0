# a task cancelled with a message, seen by asyncio.wait(): result() then raises the CancelledError from inside it, with its message
import asyncio

async def leaf():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('leaf cancelled')
        raise

async def middle():
    try:
        await leaf()
    except asyncio.CancelledError:
        print('middle cancelled')
        raise

async def main():
    t = asyncio.create_task(middle())
    await asyncio.sleep(0.1)
    t.cancel('from main')
    done, _ = await asyncio.wait({t})
    print('cancelled:', t.cancelled())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print('args:', e.args)

asyncio.run(main())
