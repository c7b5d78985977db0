# wait() returns two sets of the given tasks, and does not raise their exceptions.
import asyncio

async def ok():
    await asyncio.sleep(0.01)
    return 'ok'

async def bad():
    await asyncio.sleep(0.02)
    raise RuntimeError('bad task')

async def main():
    a, b = asyncio.create_task(ok(), name='ok'), asyncio.create_task(bad(), name='bad')
    done, pending = await asyncio.wait([a, b, a])
    print(type(done).__name__, type(pending).__name__, len(done), len(pending))
    print(a in done, b in done)
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), '->', repr(t.exception()) if t.exception() else t.result())
    done, pending = await asyncio.wait([a], timeout=0)
    print('already done, timeout 0:', len(done), len(pending))

asyncio.run(main())
