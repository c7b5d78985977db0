# shield: cancelling the awaiter does not cancel the shielded task
import asyncio

async def save():
    await asyncio.sleep(0.2)
    print('saved')
    return 'ok'

async def caller(t):
    return await asyncio.shield(t)

async def main():
    t = asyncio.create_task(save())
    c = asyncio.create_task(caller(t))
    await asyncio.sleep(0.05)
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        print('caller cancelled; save done?', t.done())
    print(await t)

asyncio.run(main())
