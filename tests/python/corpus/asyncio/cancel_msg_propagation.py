# cancel(msg): the message in CancelledError.args as the task, its awaiter, result() and exception() see it.
import asyncio

async def sleeper():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print('inside:', e.args)
        raise

async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print('cancel returns', t.cancel(msg='stop now'))
    try:
        await t
    except asyncio.CancelledError as e:
        print('awaiter:', e.args, str(e))
    for method in (t.result, t.exception):
        try:
            method()
        except asyncio.CancelledError as e:
            print(method.__name__, '->', repr(e))
    print('cancel again:', t.cancel('again'), t.cancelled(), t.done())
    u = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    u.cancel()
    try:
        await u
    except asyncio.CancelledError as e:
        print('no message:', e.args, repr(str(e)))
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))

asyncio.run(main())
