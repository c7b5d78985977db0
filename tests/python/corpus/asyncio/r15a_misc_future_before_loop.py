# The old docs' Future example: a future made before the loop runs, completed by a task
import asyncio

async def slow_operation(future):
    await asyncio.sleep(0.1)
    future.set_result('Future is done!')

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
future = asyncio.Future()
asyncio.ensure_future(slow_operation(future))
loop.run_until_complete(future)
print(future.result())
loop.close()
