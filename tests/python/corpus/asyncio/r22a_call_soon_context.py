# call_soon runs the callback in the given contextvars context.
import asyncio
import contextvars

request_id = contextvars.ContextVar('request_id', default='none')

def show(label):
    print(label, request_id.get())

async def main():
    loop = asyncio.get_running_loop()
    request_id.set('main')
    ctx = contextvars.copy_context()
    request_id.set('changed')
    loop.call_soon(show, 'copied context:', context=ctx)
    loop.call_soon(show, 'current context:')
    empty = contextvars.Context()
    loop.call_soon(show, 'empty context:', context=empty)
    await asyncio.sleep(0)

asyncio.run(main())
# (end of the program)
