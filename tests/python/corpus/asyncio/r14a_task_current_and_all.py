# test_tasks: current_task() inside and all_tasks() while tasks wait and after they finish
import asyncio

async def child(n):
    await asyncio.sleep(0.01 * n)
    return asyncio.current_task().get_name()

async def main():
    me = asyncio.current_task()
    print(me.get_name(), me in asyncio.all_tasks())
    ts = [asyncio.create_task(child(i), name=f'child-{i}') for i in range(3)]
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(await asyncio.gather(*ts))
    print([t.get_name() for t in asyncio.all_tasks()])

asyncio.run(main())
