# A cancel message reaches the coroutine and the awaiting caller.
import asyncio

async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print('worker saw', e.args)
        raise

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    print('cancel returned', t.cancel('shutting down'))
    try:
        await t
    except asyncio.CancelledError as e:
        print('main saw', e.args)
    print('cancelled:', t.cancelled(), 'done:', t.done())
    print('cancel again:', t.cancel('again'))

asyncio.run(main())
