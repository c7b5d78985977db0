# Each task runs in a copy of the context current at its creation.
import asyncio
import contextvars

user = contextvars.ContextVar('user', default='anonymous')

async def handler(tag):
    before = user.get()
    user.set(tag)
    await asyncio.sleep(0)
    return before, user.get()

async def main():
    user.set('alice')
    t1 = asyncio.create_task(handler('t1'))
    user.set('bob')
    t2 = asyncio.create_task(handler('t2'))
    print(await t1, await t2)
    print('main still sees', user.get())
    print('awaited directly:', await handler('direct'), user.get())
    ctx = contextvars.Context()
    t3 = asyncio.create_task(handler('t3'), context=ctx)
    print(await t3, ctx.get(user))

asyncio.run(main())
