# test_locks: Condition.wait_for under wait_for timeouts: satisfied waiters, a timed-out one holds the lock again
import asyncio
async def main():
    cond = asyncio.Condition()
    state = {'n': 0}
    async def waiter(k):
        async with cond:
            try:
                await asyncio.wait_for(cond.wait_for(lambda: state['n'] >= k), 0.25 * k)
                print('waiter', k, 'satisfied at', state['n'], cond.locked())
            except asyncio.TimeoutError:
                print('waiter', k, 'timed out at', state['n'], cond.locked())
    ts = [asyncio.create_task(waiter(k)) for k in (1, 3, 5)]
    for i in range(4):
        await asyncio.sleep(0.1)
        async with cond:
            state['n'] += 1
            cond.notify_all()
    await asyncio.gather(*ts)
asyncio.run(main())
