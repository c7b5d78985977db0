# Old-style loop.run_forever() stopped from a callback
import asyncio

count = 0

def tick(loop):
    global count
    count += 1
    print("tick", count, round(loop.time() - start, 1) >= 0)
    if count == 3:
        loop.stop()
    else:
        loop.call_later(0.1, tick, loop)

async def side_job():
    await asyncio.sleep(0.15)
    print("side job ran in between")

loop = asyncio.new_event_loop()
start = loop.time()
loop.call_soon(tick, loop)
task = loop.create_task(side_job())
loop.run_forever()
print("stopped; running =", loop.is_running(), "task done =", task.done())
loop.run_until_complete(asyncio.sleep(0))
loop.close()
