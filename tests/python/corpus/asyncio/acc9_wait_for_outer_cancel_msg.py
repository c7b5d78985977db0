# The task awaiting wait_for is cancelled with a message: the inner task is cancelled and awaited first.
import asyncio

async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print('inner cancelled with', e.args)
        await asyncio.sleep(0)
        print('inner finished its cleanup')
        raise

async def outer():
    try:
        return await asyncio.wait_for(inner(), 10)
    except asyncio.CancelledError as e:
        print('outer cancelled with', e.args)
        raise

async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(0.01)
    t.cancel('shutdown')
    try:
        await t
    except asyncio.CancelledError as e:
        print('main:', e.args)

asyncio.run(main())
