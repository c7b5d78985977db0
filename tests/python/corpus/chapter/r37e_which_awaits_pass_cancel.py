# cancel the outer task while it awaits a task, gather, shield or wait: is the inner one cancelled?
import asyncio

async def inner():
    await asyncio.sleep(0.2)
    return 'inner done'

async def check(name, make):
    t = asyncio.create_task(inner())

    async def outer():
        await make(t)

    o = asyncio.create_task(outer())
    await asyncio.sleep(0.02)
    o.cancel()
    await asyncio.gather(o, return_exceptions=True)
    await asyncio.sleep(0)
    print(f'{name:>8}: outer cancelled={o.cancelled()} inner cancelled={t.cancelled()}')
    if not t.done():
        t.cancel()

async def main():
    await check('await', lambda t: t)
    await check('gather', lambda t: asyncio.gather(t))
    await check('shield', lambda t: asyncio.shield(t))
    await check('wait', lambda t: asyncio.wait([t]))
    await check('wait_for', lambda t: asyncio.wait_for(t, 1))

asyncio.run(main())
