# notify_all wakes all waiters; they reacquire the lock one by one in wait order
import asyncio

async def waiter(n, cond):
    async with cond:
        await cond.wait()
        print('waiter', n, 'has the lock:', cond.locked())
        await asyncio.sleep(0.01)

async def main():
    cond = asyncio.Condition()
    ts = [asyncio.create_task(waiter(n, cond)) for n in range(3)]
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify_all()
        print('notified all')
    await asyncio.gather(*ts)
    try:
        cond.notify()
    except RuntimeError as e:
        print('RuntimeError:', e)

asyncio.run(main())
