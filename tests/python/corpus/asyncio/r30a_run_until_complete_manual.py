# The old way: new_event_loop, run_until_complete on a coroutine and on a future, then close
import asyncio

async def add(a, b):
    await asyncio.sleep(0.01)
    return a + b

loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
print(loop.run_until_complete(add(2, 3)))
fut = loop.create_future()
loop.call_later(0.01, fut.set_result, "from call_later")
print(loop.run_until_complete(fut))
task = loop.create_task(add(10, 20))
print(loop.run_until_complete(task), task.done())
loop.close()
print(loop.is_closed())
loop.run_until_complete(add(1, 1))
