# asyncio's functions given wrong arguments, outside a loop.
import asyncio
calls = [
    'asyncio.run(1)',
    'asyncio.run(None)',
    'asyncio.gather(1)',
    'asyncio.ensure_future(None)',
    'asyncio.sleep()',
    'asyncio.wait_for()',
    'asyncio.wait()',
    'asyncio.create_task()',
    'asyncio.Queue(1, 2)',
    'asyncio.Lock(1)',
    'asyncio.Event(1)',
    'asyncio.Semaphore("2")',
    'asyncio.Semaphore(-1)',
    'asyncio.timeout()',
    'asyncio.shield()',
    'asyncio.as_completed()',
    'asyncio.TaskGroup(1)',
    'asyncio.Condition(1)',
   
]
for c in calls:
    try:
        print(c, '->', eval(c))
    except Exception as e:
        print(c, '->', type(e).__name__, e)
asyncio.run(asyncio.sleep(0.1, result=1), debug=1, x=2)
