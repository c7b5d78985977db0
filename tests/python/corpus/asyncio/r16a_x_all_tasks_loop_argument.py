# all_tasks(loop) and current_task(loop) name a loop explicitly; outside a run they raise
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(asyncio.sleep(0.1), name='nap')
    print(sorted(x.get_name() for x in asyncio.all_tasks(loop)))
    print(asyncio.current_task(loop).get_name())
    await t
    print(len(asyncio.all_tasks(loop)))

asyncio.run(main())
for f in (asyncio.all_tasks, asyncio.current_task):
    try:
        f()
    except RuntimeError as e:
        print(f.__name__, 'RuntimeError:', e)
