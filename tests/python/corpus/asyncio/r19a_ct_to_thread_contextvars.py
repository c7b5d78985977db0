# docs: to_thread propagates the current contextvars.Context to the thread
import asyncio
import contextvars

request = contextvars.ContextVar('request', default='none')

def in_thread():
    seen = request.get()
    request.set('changed in thread')
    return seen

async def handle(n):
    request.set(f'req-{n}')
    seen = await asyncio.to_thread(in_thread)
    return seen, request.get()

async def main():
    print(await asyncio.gather(*(handle(i) for i in range(3))))
    print("main still sees:", request.get())
    loop = asyncio.get_running_loop()
    request.set('main-set')
    print("run_in_executor does not copy:", await loop.run_in_executor(None, in_thread))

asyncio.run(main())
