# current_task() inside tasks and callbacks; all_tasks() while tasks run and after
import asyncio

def in_callback():
    print('callback current_task:', asyncio.current_task())

async def child(n):
    me = asyncio.current_task()
    await asyncio.sleep(0.01 * n)
    return me.get_name()

async def main():
    print('main is', asyncio.current_task().get_name())
    tasks = [asyncio.create_task(child(n), name=f'child-{n}') for n in range(3)]
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    asyncio.get_running_loop().call_soon(in_callback)
    print(await asyncio.gather(*tasks))
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    t = asyncio.create_task(child(0))
    print('default name pattern:', t.get_name().startswith('Task-'))
    t.set_name(12)
    print('set_name(12):', repr(t.get_name()))
    await t

asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print('RuntimeError:', e)
