# A task awaiting shield() cancelled with a message: it sees the message, the shielded task does not
import asyncio

async def protected():
    await asyncio.sleep(0.2)
    return 'kept'

async def waiter(inner):
    try:
        await asyncio.shield(inner)
    except asyncio.CancelledError as e:
        print('waiter', e.args)
        raise

async def main():
    inner = asyncio.create_task(protected())
    w = asyncio.create_task(waiter(inner))
    await asyncio.sleep(0.1)
    w.cancel('leave it')
    r = await asyncio.gather(w, return_exceptions=True)
    print(type(r[0]).__name__, r[0].args, inner.cancelled())
    print(await inner)

asyncio.run(main())
