# contextvars: each task gets a copy; create_task(context=...) shares one (3.11)
import asyncio
import contextvars

request_id = contextvars.ContextVar('request_id', default=None)

async def handler(n):
    request_id.set(n)
    await asyncio.sleep(0.01 * (3 - n))
    return f'handler {n} sees {request_id.get()}'

async def bump():
    request_id.set((request_id.get() or 0) + 100)

async def main():
    request_id.set('main')
    print(await asyncio.gather(*(handler(i) for i in range(3))))
    print('main still sees', request_id.get())
    await bump()
    print('after awaiting bump directly:', request_id.get())
    request_id.set(1)
    await asyncio.create_task(bump())
    print('after bump as a task:', request_id.get())
    ctx = contextvars.copy_context()
    await asyncio.create_task(bump(), context=ctx)
    await asyncio.create_task(bump(), context=ctx)
    print('shared ctx:', ctx[request_id], 'main:', request_id.get())
    print(sorted(k.name for k in ctx))

asyncio.run(main())
