# loop.stop() from a callback while run_until_complete waits: "Event loop stopped before Future completed."
import asyncio


async def forever():
    await asyncio.sleep(10)


loop = asyncio.new_event_loop()
loop.call_later(0.1, loop.stop)
task = loop.create_task(forever())
try:
    loop.run_until_complete(task)
except RuntimeError as e:
    print('RuntimeError:', e)
print('task done:', task.done())
task.cancel()
loop.run_until_complete(asyncio.gather(task, return_exceptions=True))
print('task cancelled:', task.cancelled())
loop.close()
