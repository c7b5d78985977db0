# After catching CancelledError a task may still await during cleanup.
import asyncio

async def connection():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print('closing connection...')
        await asyncio.sleep(0.02)
        print('connection closed')
        raise

async def main():
    t = asyncio.create_task(connection())
    await asyncio.sleep(0.01)
    t.cancel()
    print('cancel requested; done?', t.done())
    try:
        await t
    except asyncio.CancelledError:
        print('task fully cancelled:', t.cancelled())

asyncio.run(main())
# (end of the program)
