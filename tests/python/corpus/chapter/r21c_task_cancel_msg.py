# cancel with a message; the message seen in the worker and the caller.
import asyncio

async def worker():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print('worker got:', e.args)
        raise

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    t.cancel('user pressed stop')
    try:
        await t
    except asyncio.CancelledError as e:
        print('main got:', e.args)

asyncio.run(main())
