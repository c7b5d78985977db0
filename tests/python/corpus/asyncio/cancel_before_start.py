# A task cancelled before it first runs never starts its coroutine; cancel() on a finished task returns False.
import asyncio

async def never():
    print('this line never prints')

async def quick():
    return 'quick'

async def main():
    t = asyncio.create_task(never())
    print('cancel:', t.cancel(), '| done:', t.done(), '| cancelling:', t.cancelling())
    await asyncio.sleep(0)
    print('after a turn: cancelled', t.cancelled(), 'done', t.done())
    q = asyncio.create_task(quick())
    print(await q, '| cancel a finished task:', q.cancel(), q.cancelled())
    try:
        t.result()
    except asyncio.CancelledError:
        print('result() of the cancelled task raised CancelledError')

asyncio.run(main())
