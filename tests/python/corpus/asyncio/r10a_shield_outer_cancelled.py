import asyncio

async def save(results):
    await asyncio.sleep(0.05)
    results.append('saved')
    print('save finished')
    return 'ok'

async def main():
    results = []
    inner = asyncio.create_task(save(results))
    outer = asyncio.shield(inner)
    asyncio.get_running_loop().call_later(0.01, outer.cancel)
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled; inner done?', inner.done())
    print('inner result', await inner, results)
    print('outer cancelled', outer.cancelled())

asyncio.run(main())
