# Periodic task with ensure_future + run_forever, stopped by call_later(loop.stop)
import asyncio

async def periodic(interval):
    n = 0
    while True:
        n += 1
        print("periodic run", n)
        await asyncio.sleep(interval)

loop = asyncio.new_event_loop()
task = asyncio.ensure_future(periodic(0.2), loop=loop)
loop.call_later(0.3, loop.stop)
loop.run_forever()
print("loop stopped; task done:", task.done())
task.cancel()
loop.run_until_complete(asyncio.gather(task, return_exceptions=True))
print("cancelled:", task.cancelled())
loop.close()
