# After uncancel() a later cancel carries its own message; a queue get and an event wait see it
import asyncio

async def consumer(q, ev):
    me = asyncio.current_task()
    try:
        await q.get()
    except asyncio.CancelledError as e:
        print('get cancelled', e.args, me.uncancel())
    try:
        await ev.wait()
    except asyncio.CancelledError as e:
        print('wait cancelled', e.args, me.cancelling())
        raise

async def main():
    q, ev = asyncio.Queue(), asyncio.Event()
    t = asyncio.create_task(consumer(q, ev))
    await asyncio.sleep(0)
    t.cancel('stop getting')
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel('stop waiting')
    try:
        await t
    except asyncio.CancelledError as e:
        print('main', e.args)

asyncio.run(main())
