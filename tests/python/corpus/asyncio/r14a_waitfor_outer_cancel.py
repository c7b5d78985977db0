# test_waitfor: cancelling the task waiting in wait_for cancels the inner task too
import asyncio

async def inner():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print('inner saw cancel')
        raise

async def outer():
    return await asyncio.wait_for(inner(), 10)

async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(0.05)
    t.cancel('from main')
    try:
        await t
    except asyncio.CancelledError as e:
        print('outer cancelled', e.args, t.cancelled())

asyncio.run(main())
