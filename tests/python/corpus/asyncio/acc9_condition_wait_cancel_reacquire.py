# A task cancelled inside Condition.wait() re-acquires the lock before CancelledError reaches it.
import asyncio

async def waiter(cond):
    async with cond:
        try:
            await cond.wait()
        except asyncio.CancelledError as e:
            print('waiter cancelled, holds lock:', cond.locked(), 'args:', e.args)
            raise
    print('never here')

async def main():
    cond = asyncio.Condition()
    t = asyncio.create_task(waiter(cond))
    await asyncio.sleep(0)
    await cond.acquire()
    print('main holds the lock; cancelling')
    t.cancel('stop waiting')
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('task done while main holds lock:', t.done())
    cond.release()
    try:
        await t
    except asyncio.CancelledError as e:
        print('main sees CancelledError', e.args)
    print('locked after:', cond.locked())

asyncio.run(main())
