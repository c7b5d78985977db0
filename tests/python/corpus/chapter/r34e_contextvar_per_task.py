# each task gets its own copy of a contextvar for the request id
import asyncio
import contextvars

request_id = contextvars.ContextVar('request_id')

def log(msg):
    print(f'[{request_id.get("?")}] {msg}')

async def worker(rid, delay):
    request_id.set(rid)
    log('start')
    await asyncio.sleep(delay)
    log('end')

async def main():
    log('main before')
    await asyncio.gather(worker('r1', 0.1), worker('r2', 0.25))
    log('main after')
    request_id.set('main')
    await asyncio.create_task(worker('r3', 0))
    log('main end')

asyncio.run(main())
