# shield() of a finished task returns it; a shielded task's exception reaches the awaiter.
import asyncio

async def fail():
    await asyncio.sleep(0)
    raise ValueError('inside shield')

async def ok():
    return 1

async def main():
    t = asyncio.create_task(ok())
    await t
    print('same task:', asyncio.shield(t) is t)
    try:
        await asyncio.shield(fail())
    except ValueError as e:
        print('caught', e)

asyncio.run(main())
