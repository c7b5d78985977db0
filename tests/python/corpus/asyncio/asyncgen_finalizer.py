# An async generator dropped mid-iteration is closed by the loop in a task of its own; asyncio.run closes the rest.
import asyncio

async def numbers(label, show_task=True):
    try:
        for i in range(10):
            await asyncio.sleep(0)
            yield i
    finally:
        where = asyncio.current_task().get_name() if show_task else 'shutdown'
        print(label, 'cleaned up in', where)

async def main():
    async for n in numbers('dropped'):
        if n == 1:
            break
    print('after break')
    await asyncio.sleep(0)
    print('after a turn')
    await asyncio.sleep(0)
    print('after two turns')
    kept = numbers('kept', show_task=False)
    print('first value', await anext(kept))
    print('main ends; next task is', asyncio.create_task(asyncio.sleep(0)).get_name())
    return kept

g = asyncio.run(main())
print('after run')

async def again():
    return asyncio.current_task().get_name()
print('the next run starts with', asyncio.run(again()))
