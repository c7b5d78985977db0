# docs: from something()'s view cancellation didn't happen, but the await still raises
import asyncio

log = []

async def something():
    await asyncio.sleep(0.2)
    log.append("something completed")
    return 99

async def caller():
    try:
        res = await asyncio.shield(something())
    except asyncio.CancelledError:
        log.append("caller saw CancelledError")
        raise
    return res

async def main():
    t = asyncio.create_task(caller())
    await asyncio.sleep(0.1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append("main: caller cancelled")
    await asyncio.sleep(0.2)
    print("\n".join(log))
    inner = asyncio.create_task(something())
    s = asyncio.shield(inner)
    inner.cancel()
    try:
        await s
    except asyncio.CancelledError:
        print("shield reflects inner cancel:", s.cancelled())
    done = asyncio.get_running_loop().create_future()
    done.set_result('already')
    print(await asyncio.shield(done), asyncio.shield(done) is done)

asyncio.run(main())
