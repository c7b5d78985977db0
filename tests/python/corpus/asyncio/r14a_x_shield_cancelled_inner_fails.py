# test_tasks: a shield whose outer is cancelled lets go of the inner: its failure is logged when it ends (or when its last holder drops it)
import asyncio
async def fails(x):
    await asyncio.sleep(0.01)
    raise ValueError(x)
async def main():
    s = asyncio.shield(fails('shield outer cancelled'))
    s.cancel()
    await asyncio.sleep(0.05)
    print('after the failure')
    inner = asyncio.create_task(fails('held'))
    s2 = asyncio.shield(inner)
    s2.cancel()
    await asyncio.sleep(0.05)
    print('held inner done', inner.done())
    del inner
    print('dropped')
    try:
        async with asyncio.timeout(0.005):
            await asyncio.shield(fails('under timeout'))
    except TimeoutError:
        print('timed out')
    await asyncio.sleep(0.05)
    print('end')
asyncio.run(main())
