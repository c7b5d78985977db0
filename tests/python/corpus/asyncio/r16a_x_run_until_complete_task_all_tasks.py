# loop.run_until_complete(task): current_task() is that task and all_tasks() holds it alone
import asyncio

async def report():
    me = asyncio.current_task()
    others = asyncio.all_tasks()
    return me.get_name(), [t.get_name() for t in others], me in others

loop = asyncio.new_event_loop()
t = loop.create_task(report(), name='the-task')
print(loop.run_until_complete(t))
print(loop.run_until_complete(report()))
f = loop.create_future()
loop.call_soon(f.set_result, 'from a future')
print(loop.run_until_complete(f))
print(len(asyncio.all_tasks(loop)))
loop.close()
