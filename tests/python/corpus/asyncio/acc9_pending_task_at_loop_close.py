# The old style: a task still pending when the loop is closed and dropped is "destroyed but pending".
import asyncio, gc

async def forever():
    await asyncio.sleep(100)

async def quick():
    return 'quick'

loop = asyncio.new_event_loop()
task = loop.create_task(forever(), name='forever-task')
print(loop.run_until_complete(quick()))
loop.close()
print('closed; task done:', task.done())
del task
gc.collect()
print('after collect')
