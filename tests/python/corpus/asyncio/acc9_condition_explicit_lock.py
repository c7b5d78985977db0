# Condition built on an explicit Lock shares its state; two Conditions on one Lock; notify without waiters.
import asyncio

async def main():
    lock = asyncio.Lock()
    c1 = asyncio.Condition(lock)
    c2 = asyncio.Condition(lock)
    async with c1:
        print('lock locked through c1:', lock.locked(), c2.locked())
        c1.notify()
        c2.notify_all()
    print('after:', lock.locked())
    result = []
    async def waiter():
        async with c2:
            await c2.wait_for(lambda: result)
            print('predicate true with', result)
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    async with c1:
        result.append('x')
        c1.notify_all()
    await asyncio.sleep(0)
    print('c1 notify reached c2 waiter:', t.done())
    async with c2:
        c2.notify()
    await t
    try:
        asyncio.Condition(asyncio.Semaphore())
    except Exception as e:
        print(type(e).__name__, e)

asyncio.run(main())
