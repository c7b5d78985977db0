# When the shielded task itself is cancelled, the outer future is cancelled too.
import asyncio

async def victim():
    await asyncio.sleep(1)

async def main():
    inner = asyncio.create_task(victim())
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    inner.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('outer raised CancelledError')
    print(outer.cancelled(), inner.cancelled())

    async def broken():
        raise LookupError('missing')
    outer2 = asyncio.shield(broken())
    try:
        await outer2
    except LookupError as e:
        print('exception through shield:', repr(e))
    done = asyncio.get_running_loop().create_future()
    done.set_result('ready')
    print('shield of done future is itself:', asyncio.shield(done) is done)

asyncio.run(main())
