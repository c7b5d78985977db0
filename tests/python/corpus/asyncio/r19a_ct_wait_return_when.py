# docs "Waiting Primitives": asyncio.wait with return_when and timeout
import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(name)
    return name

def names(tasks):
    return sorted(t.get_name() for t in tasks)

async def main():
    mk = lambda n, d, f=False: asyncio.create_task(job(n, d, f), name=n)
    ts = [mk('a', 0.1), mk('b', 0.3), mk('c', 0.5)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print("FIRST_COMPLETED", names(done), names(pending))
    done, pending = await asyncio.wait(ts, timeout=0.1)
    print("timeout", names(done), names(pending))
    done, pending = await asyncio.wait(ts)
    print("ALL_COMPLETED", names(done), names(pending))
    ts = [mk('x', 0.1, True), mk('y', 0.3), mk('z', 0.2)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION", names(done), names(pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), repr(t.exception()))
    await asyncio.wait(pending)
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
    try:
        await asyncio.wait([job('c', 0)])
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait(ts, return_when='SOMETIMES')
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
