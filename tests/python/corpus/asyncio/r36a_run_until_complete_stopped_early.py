# loop.stop() from a callback before the awaited future is done: run_until_complete complains
import asyncio

loop = asyncio.new_event_loop()


async def slow():
    await asyncio.sleep(0.3)
    return "slow"


loop.call_later(0.05, loop.stop)
task = loop.create_task(slow())
try:
    loop.run_until_complete(task)
except RuntimeError as e:
    print("RuntimeError:", e)
print("task done:", task.done())
print(loop.run_until_complete(task))
loop.close()
