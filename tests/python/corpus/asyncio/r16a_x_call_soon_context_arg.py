# call_soon(context=...) and call_later(context=...) run the callback inside the given Context
import asyncio
import contextvars

user = contextvars.ContextVar('user', default='nobody')

def show(tag):
    print(tag, user.get())

async def main():
    loop = asyncio.get_running_loop()
    ctx = contextvars.Context()
    ctx.run(user.set, 'alice')
    user.set('main')
    loop.call_soon(show, 'soon default:')
    loop.call_soon(show, 'soon ctx:', context=ctx)
    loop.call_later(0.05, show, 'later ctx:', context=ctx)
    h = loop.call_soon(show, 'cancelled', context=ctx)
    h.cancel()
    await asyncio.sleep(0.1)
    print(ctx[user], user.get())

asyncio.run(main())
