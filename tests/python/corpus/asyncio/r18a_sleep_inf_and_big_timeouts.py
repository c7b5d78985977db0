# sleeping forever (inf) under wait_for and timeout; huge delays cancelled
import asyncio
import math

async def main():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.wait_for(asyncio.sleep(math.inf), 0.05)
    except TimeoutError:
        print('inf sleep timed out')
    t = asyncio.create_task(asyncio.sleep(1e9, result='never'))
    await asyncio.sleep(0.01)
    print('cancel:', t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print('huge sleep cancelled')
    async with asyncio.timeout(math.inf) as cm:
        await asyncio.sleep(0.01)
    print('inf timeout when:', cm.when(), 'expired:', cm.expired())
    h = loop.call_later(math.inf, print, 'never')
    print('handle when inf:', h.when() == math.inf)
    h.cancel()
    try:
        await asyncio.sleep(math.nan)
    except ValueError as e:
        print('ValueError:', e)
    print('end')

asyncio.run(main())
