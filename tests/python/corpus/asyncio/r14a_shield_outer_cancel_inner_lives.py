# test_tasks: shield: cancelling the outer await leaves the inner task running to completion
import asyncio

async def important():
    await asyncio.sleep(0.1)
    print('important finished')
    return 'saved'

async def caller(inner):
    return await asyncio.shield(inner)

async def main():
    inner = asyncio.create_task(important())
    outer = asyncio.create_task(caller(inner))
    await asyncio.sleep(0.01)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled; inner done?', inner.done())
    print(await inner, inner.cancelled())

asyncio.run(main())
