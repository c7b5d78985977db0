# gather(return_exceptions=True): results, exceptions and a cancelled child, in argument order.
import asyncio

async def ok(x):
    await asyncio.sleep(0.05 * x)
    return x

async def fail(msg):
    await asyncio.sleep(0.02)
    raise ValueError(msg)

async def forever():
    await asyncio.sleep(10)

async def main():
    slow = asyncio.create_task(forever())
    gathered = asyncio.gather(ok(2), fail('boom'), slow, ok(1), return_exceptions=True)
    await asyncio.sleep(0.06)
    slow.cancel('enough')
    results = await gathered
    for r in results:
        print(type(r).__name__, repr(r))
    print('gather done:', gathered.done(), 'cancelled:', gathered.cancelled())
    try:
        await asyncio.gather(ok(1), fail('not returned'))
    except ValueError as e:
        print('without return_exceptions:', repr(e))

asyncio.run(main())
