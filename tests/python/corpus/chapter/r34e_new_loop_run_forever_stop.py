# old-style: a new loop, run_forever, and stop from a callback
import asyncio

def tick(loop, n):
    print('tick', n)
    if n == 3:
        loop.stop()
    else:
        loop.call_later(0.01, tick, loop, n + 1)

loop = asyncio.new_event_loop()
loop.call_soon(tick, loop, 1)
loop.run_forever()
print('stopped; running?', loop.is_running())
task = loop.create_task(asyncio.sleep(0.01, 'slept'))
print(loop.run_until_complete(task))
loop.close()
try:
    loop.run_until_complete(asyncio.sleep(0))
except RuntimeError as e:
    print('RuntimeError:', e)
