# each task runs in a copy of the context at its creation; changes stay inside
import asyncio
import contextvars

request = contextvars.ContextVar('request', default='none')

async def handle(n):
    request.set(f'req-{n}')
    await asyncio.sleep(0.01 * (3 - n))
    return request.get()

async def main():
    request.set('main')
    print(await asyncio.gather(handle(1), handle(2)))
    print('main still sees', request.get())
    t = asyncio.create_task(asyncio.sleep(0, request.get()))
    request.set('changed')
    print(await t)
    ctx = contextvars.copy_context()
    print(request in ctx, ctx[request])

asyncio.run(main())
