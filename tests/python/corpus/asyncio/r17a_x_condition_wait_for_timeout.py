# Condition.wait_for under wait_for: the predicate never comes true in time
import asyncio

state = {'ready': False}

async def main():
    cond = asyncio.Condition()
    async with cond:
        try:
            await asyncio.wait_for(cond.wait_for(lambda: state['ready']), 0.1)
        except TimeoutError:
            print('not ready; lock held again:', cond.locked())
    print('released:', not cond.locked())
    async def make_ready():
        await asyncio.sleep(0.05)
        async with cond:
            state['ready'] = True
            cond.notify_all()
    asyncio.create_task(make_ready())
    async with cond:
        print('predicate result:', await cond.wait_for(lambda: state['ready'] and 'yes'))

asyncio.run(main())
