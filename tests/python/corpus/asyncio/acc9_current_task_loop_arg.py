# current_task(loop) and all_tasks(loop) with an explicit loop, and current_task from a callback.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    me = asyncio.current_task(loop)
    print(me is asyncio.current_task(), me.get_name())
    loop.call_soon(lambda: print('callback: current_task is', asyncio.current_task(loop)))
    await asyncio.sleep(0)
    other = asyncio.new_event_loop()
    print('other loop:', asyncio.current_task(other), asyncio.all_tasks(other))
    other.close()
    t = asyncio.create_task(asyncio.sleep(0.01), name='sleeper')
    print(sorted(x.get_name() for x in asyncio.all_tasks(loop)))
    await t
    print(len(asyncio.all_tasks()))

asyncio.run(main())
