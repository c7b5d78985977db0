# a loop closed while a task still waits: "Task was destroyed but it is pending!"
import asyncio
import gc

async def forever():
    try:
        await asyncio.sleep(10)
    finally:
        print('forever: finally at destruction')

loop = asyncio.new_event_loop()
task = loop.create_task(forever(), name='stuck')
loop.run_until_complete(asyncio.sleep(0.01))
print('task done:', task.done())
loop.close()
print('loop closed')
del task
gc.collect()
print('end')
