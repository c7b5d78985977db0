# Old style: new_event_loop, run_until_complete with a future and a coroutine, close
import asyncio

async def add(a, b):
    await asyncio.sleep(0)
    return a + b

loop = asyncio.new_event_loop()
try:
    print(loop.run_until_complete(add(2, 3)))
    task = loop.create_task(add(10, 20))
    print(loop.run_until_complete(task), task.done())
    print(loop.is_running(), loop.is_closed())
finally:
    loop.close()
print(loop.is_closed())
try:
    loop.run_until_complete(add(1, 1))
except RuntimeError as e:
    print("RuntimeError:", e)
