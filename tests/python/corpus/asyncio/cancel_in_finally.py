# A cancelled task may await in except and finally blocks before it finishes; its return value after catching.
import asyncio

async def cleanup_worker():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('cancelled; cleaning up for a moment')
        await asyncio.sleep(0.02)
        print('cleanup done')
        raise
    finally:
        print('finally runs last')

async def main():
    t = asyncio.create_task(cleanup_worker())
    await asyncio.sleep(0.01)
    t.cancel()
    print('cancel requested, done yet?', t.done())
    try:
        await t
    except asyncio.CancelledError:
        print('task finished cancelled:', t.cancelled())

asyncio.run(main())
