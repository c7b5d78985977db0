# A task cancelled while sleeping; its state checked before and after.
import asyncio

async def worker():
    print('worker start')
    await asyncio.sleep(1)
    print('worker never here')

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    print('done before cancel:', t.done())
    print('cancel() ->', t.cancel())
    print('cancelled() right after:', t.cancelled())
    try:
        await t
    except asyncio.CancelledError:
        print('main caught CancelledError')
    print('cancelled():', t.cancelled(), 'done():', t.done())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print('result() raised', type(e).__name__, repr(e))

asyncio.run(main())
