import asyncio

async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('inner cancelled')
        raise

async def outer():
    await asyncio.wait_for(inner(), 5)

async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(0.01)
    t.cancel('stop it')
    try:
        await t
    except asyncio.CancelledError as e:
        print('outer cancelled with', e.args)

asyncio.run(main())
