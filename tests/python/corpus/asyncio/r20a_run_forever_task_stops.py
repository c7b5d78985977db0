# run_forever with a task that stops the loop when finished; run_until_complete afterwards.
import asyncio


async def countdown(loop, n):
    while n:
        print('countdown', n)
        await asyncio.sleep(0.05)
        n -= 1
    loop.stop()
    return 'liftoff'


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
try:
    task = loop.create_task(countdown(loop, 3))
    loop.run_forever()
    print('stopped; running:', loop.is_running(), 'task done:', task.done())
    print(loop.run_until_complete(task))
finally:
    loop.close()
    print('closed:', loop.is_closed())
