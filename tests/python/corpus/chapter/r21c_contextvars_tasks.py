# A ContextVar set in each task is seen only in that task.
import asyncio
import contextvars

request_id = contextvars.ContextVar('request_id', default='none')

async def handler(rid, d):
    request_id.set(rid)
    await asyncio.sleep(d)
    return f'{rid} sees {request_id.get()}'

async def main():
    print(await asyncio.gather(handler('r1', 0.2), handler('r2', 0.1)))
    print('main sees', request_id.get())

asyncio.run(main())
