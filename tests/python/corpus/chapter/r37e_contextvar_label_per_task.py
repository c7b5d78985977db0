# a ContextVar holds a request id; each gathered task sees its own value
import asyncio
import contextvars

request_id = contextvars.ContextVar('request_id', default='none')

def log(msg):
    print(f'[{request_id.get()}] {msg}')

async def worker(rid, delay):
    request_id.set(rid)
    log('start')
    await asyncio.sleep(delay)
    log('end')
    return rid

async def main():
    log('main before')
    await asyncio.gather(worker('r1', 0.1), worker('r2', 0.05))
    log('main after')

asyncio.run(main())
