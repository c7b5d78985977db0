# cancel(msg): the message reaches the task's CancelledError; cancelling() counts requests, uncancel() takes one back.
import asyncio

async def patient():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print('patient got', repr(e), 'cancelling:', asyncio.current_task().cancelling())
        raise

async def stubborn():
    for attempt in range(3):
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError as e:
            me = asyncio.current_task()
            print('stubborn ignores', e.args, 'cancelling:', me.cancelling(), '-> uncancel:', me.uncancel())
    return 'stubborn finished'

async def main():
    t = asyncio.create_task(patient())
    await asyncio.sleep(0.01)
    print(t.cancel('shutting down'), t.cancel('twice'), 'cancelling:', t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print('main got', repr(e))
    s = asyncio.create_task(stubborn())
    for i in range(3):
        await asyncio.sleep(0.01)
        s.cancel(f'request {i}')
    print(await s, '| cancelled:', s.cancelled(), 'cancelling:', s.cancelling())

asyncio.run(main())
