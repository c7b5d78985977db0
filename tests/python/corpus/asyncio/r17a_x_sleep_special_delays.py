# asyncio.sleep with 0, negative, inf (cancelled) and bool delays
import asyncio

async def main():
    print(await asyncio.sleep(0, 'zero'), await asyncio.sleep(-5, 'negative'))
    print(await asyncio.sleep(True and 0.01, 'bool-ish'))
    t = asyncio.create_task(asyncio.sleep(float('inf')))
    await asyncio.sleep(0.01)
    print('inf still pending:', not t.done())
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print(t.cancelled())
    try:
        await asyncio.sleep('1')
    except TypeError as e:
        print('TypeError:', e)

asyncio.run(main())
