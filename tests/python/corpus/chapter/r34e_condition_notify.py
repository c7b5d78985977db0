# a Condition to let workers start only when main says go
import asyncio

async def worker(label, cond, state):
    async with cond:
        await cond.wait_for(lambda: state['go'])
        print('Worker', label, 'going with', state['value'])
    await asyncio.sleep(0.01)
    return label.lower()

async def main():
    cond = asyncio.Condition()
    state = {'go': False, 'value': None}
    tasks = [asyncio.create_task(worker(l, cond, state)) for l in 'ABC']
    await asyncio.sleep(0.05)
    print('main: notifying')
    async with cond:
        state.update(go=True, value=99)
        cond.notify_all()
    print(await asyncio.gather(*tasks))

asyncio.run(main())
