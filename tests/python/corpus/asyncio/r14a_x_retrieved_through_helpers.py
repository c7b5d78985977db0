# A failed task read through shield, wait_for, as_completed and gather is retrieved; through wait or never awaited it is reported
import asyncio
async def fails(x):
    await asyncio.sleep(0.01)
    raise ValueError(x)
async def main():
    try:
        await asyncio.shield(asyncio.create_task(fails('shielded')))
    except ValueError as e:
        print('caught', e)
    try:
        await asyncio.wait_for(asyncio.create_task(fails('wait_for')), 1)
    except ValueError as e:
        print('caught', e)
    done, _ = await asyncio.wait({asyncio.create_task(fails('wait'))})
    print('wait done', len(done))
    del done
    print('after del done')
    for f in asyncio.as_completed([asyncio.create_task(fails('ac'))]):
        try:
            await f
        except ValueError as e:
            print('caught', e)
    g = asyncio.gather(asyncio.create_task(fails('gather')), return_exceptions=True)
    print(await g)
    t = asyncio.ensure_future(fails('ensure'))
    await asyncio.sleep(0.05)
    print('t done', t.done())
    print('end')
asyncio.run(main())
