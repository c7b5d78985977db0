# Condition.wait_for re-checks the predicate after each notify.
import asyncio

async def main():
    cond = asyncio.Condition()
    state = {'n': 0}
    checks = []

    def ready():
        checks.append(state['n'])
        return state['n'] >= 3

    async def waiter():
        async with cond:
            result = await cond.wait_for(ready)
            return result, state['n']

    t = asyncio.create_task(waiter())
    for _ in range(4):
        await asyncio.sleep(0.01)
        async with cond:
            state['n'] += 1
            cond.notify_all()
    print(await t)
    print('predicate saw:', checks)

asyncio.run(main())
