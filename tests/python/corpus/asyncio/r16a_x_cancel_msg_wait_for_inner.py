# Cancelling a task inside wait_for: the inner coroutine sees the message; wait_for re-raises it
import asyncio

async def inner():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError as e:
        print('inner', e.args)
        raise

async def outer():
    try:
        await asyncio.wait_for(inner(), 10)
    except asyncio.CancelledError as e:
        print('outer', e.args)
        raise

async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(0.1)
    t.cancel('from main')
    try:
        await t
    except asyncio.CancelledError as e:
        print('main', e.args)

asyncio.run(main())
