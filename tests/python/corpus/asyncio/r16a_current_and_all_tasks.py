# current_task() inside tasks and callbacks, all_tasks() counting only unfinished tasks
import asyncio

async def child(n):
    await asyncio.sleep(0.1 * n)
    return asyncio.current_task().get_name()

async def main():
    loop = asyncio.get_running_loop()
    ts = [asyncio.create_task(child(n), name=f'child{n}') for n in (1, 2)]
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    loop.call_soon(lambda: print('in callback, current_task:', asyncio.current_task()))
    await asyncio.sleep(0.15)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(await asyncio.gather(*ts))
    print(len(asyncio.all_tasks()), asyncio.current_task() is asyncio.current_task(loop))

asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print('RuntimeError:', e)
