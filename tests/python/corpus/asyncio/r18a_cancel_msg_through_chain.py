# a cancel message travels through a chain of awaited tasks
import asyncio

async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print('inner sees', e.args)
        raise

async def middle():
    t = asyncio.create_task(inner(), name='inner')
    try:
        await t
    except asyncio.CancelledError as e:
        print('middle sees', e.args, 'inner cancelled:', t.cancelled())
        raise

async def main():
    t = asyncio.create_task(middle(), name='middle')
    await asyncio.sleep(0.01)
    print('cancel:', t.cancel('stop now'))
    print('cancel again:', t.cancel('second'))
    print('cancelling():', t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print('main sees', e.args)
    print('done:', t.done(), 'cancelled:', t.cancelled(), 'cancel after done:', t.cancel())

asyncio.run(main())
