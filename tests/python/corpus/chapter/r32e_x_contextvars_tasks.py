# each task gets its own copy of a context variable
import asyncio
import contextvars

request_id = contextvars.ContextVar('request_id', default='none')

async def worker(rid, delay):
    request_id.set(rid)
    await asyncio.sleep(delay)
    print(f'worker {rid} sees request_id={request_id.get()}')
    return request_id.get()

async def do_something():
    request_id.set('main')
    results = await asyncio.gather(worker('r1', 0.2), worker('r2', 0.1))
    print('results:', results)
    print('main still sees:', request_id.get())

asyncio.run(do_something())
print('outside:', request_id.get())
