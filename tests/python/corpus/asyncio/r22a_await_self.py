# A task awaiting itself fails with RuntimeError.
import asyncio

async def selfish():
    me = asyncio.current_task()
    await me

async def main():
    t = asyncio.create_task(selfish())
    try:
        await t
    except RuntimeError as e:
        print('RuntimeError:', str(e).split(':')[0])

asyncio.run(main())
# (end of the program)
