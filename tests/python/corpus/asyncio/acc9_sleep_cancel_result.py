# sleep(delay, result): the result when it finishes, CancelledError when cancelled, and its timer dropped.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.sleep(0, 'zero'), await asyncio.sleep(0.01, ['list']))
    t = asyncio.create_task(asyncio.sleep(10, 'never'))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('sleep cancelled')
    print(await asyncio.wait_for(asyncio.sleep(0.01, 'wf'), 1))
    print(await asyncio.gather(asyncio.sleep(0.02, 'a'), asyncio.sleep(0.01, 'b')))

asyncio.run(main())
