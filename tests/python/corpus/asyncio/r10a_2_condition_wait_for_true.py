import asyncio

async def main():
    cond = asyncio.Condition()
    state = {'ready': True}
    async with cond:
        r = await cond.wait_for(lambda: state['ready'])
        print('returned at once:', r)
        r = await cond.wait_for(lambda: 'value')
        print('predicate value returned:', r)
    async def setter():
        await asyncio.sleep(0.01)
        async with cond:
            state['n'] = 3
            cond.notify_all()
    asyncio.create_task(setter())
    async with cond:
        r = await cond.wait_for(lambda: state.get('n'))
        print('waited for n:', r)
    print(cond.locked())

asyncio.run(main())
