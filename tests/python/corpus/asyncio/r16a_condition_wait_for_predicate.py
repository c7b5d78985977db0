# Condition.wait_for re-checks its predicate at every notify and returns its value
import asyncio

state = {'n': 0}

async def watcher(cond):
    async with cond:
        checks = 0
        def pred():
            nonlocal checks
            checks += 1
            return state['n'] >= 3 and state['n']
        r = await cond.wait_for(pred)
        print('predicate true with', r, 'after', checks, 'checks')

async def main():
    cond = asyncio.Condition()
    w = asyncio.create_task(watcher(cond))
    for _ in range(4):
        await asyncio.sleep(0.05)
        async with cond:
            state['n'] += 1
            cond.notify_all()
    await w

asyncio.run(main())
