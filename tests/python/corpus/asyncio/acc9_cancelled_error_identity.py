# Awaiting a cancelled task twice: the first awaiter gets the coroutine's own CancelledError, the next a new one.
import asyncio

inner_exc = None

async def victim():
    global inner_exc
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        inner_exc = e
        raise

async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    t.cancel('why')
    excs = []
    for _ in range(2):
        try:
            await t
        except asyncio.CancelledError as e:
            excs.append(e)
    print('first is inner:', excs[0] is inner_exc)
    print('second is inner:', excs[1] is inner_exc)
    print('args:', [e.args for e in excs])
    try:
        t.result()
    except asyncio.CancelledError as e:
        print('result():', e.args, e is excs[1])
    try:
        t.exception()
    except asyncio.CancelledError as e:
        print('exception():', e.args)

asyncio.run(main())
