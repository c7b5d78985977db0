# shield(): cancelling the outer await leaves the shielded task running to completion.
import asyncio

async def save(data):
    await asyncio.sleep(0.2)
    print('saved', data)
    return len(data)

async def caller(inner):
    return await asyncio.shield(inner)

async def main():
    inner = asyncio.create_task(save('abc'))
    outer = asyncio.create_task(caller(inner))
    await asyncio.sleep(0.01)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled; inner done?', inner.done())
    print('inner result', await inner, inner.cancelled())

asyncio.run(main())
