# test_context: each task runs in a copy of the context at creation; its changes stay inside
import asyncio, contextvars

request = contextvars.ContextVar('request', default=None)

async def handler(n):
    request.set(f'req-{n}')
    await asyncio.sleep(0.01 * (3 - n))
    return request.get()

async def main():
    request.set('main')
    print(await asyncio.gather(*(handler(i) for i in range(3))))
    print(request.get())
    ctx = contextvars.copy_context()
    t = asyncio.create_task(handler(9), context=ctx)
    print(await t, ctx[request], request.get())

asyncio.run(main())
