# A task started under run_forever() goes on in the loop's next run.
import asyncio

async def counter(n):
    for i in range(n):
        print('count', i)
        await asyncio.sleep(0.2)
    return 'counted'

def stop_later(loop):
    print('stopping')
    loop.stop()

loop = asyncio.new_event_loop()
task = loop.create_task(counter(6))
loop.call_later(0.5, stop_later, loop)
loop.run_forever()
print('after run_forever:', task.done())
print(loop.run_until_complete(task))
print(task.done(), task.result())
h = loop.call_later(1, print, 'never printed')
loop.close()
print(loop.is_closed(), h.cancelled())
