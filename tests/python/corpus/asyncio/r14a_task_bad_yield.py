# test_tasks: a coroutine yielding something that is not a future makes the task fail with RuntimeError
import asyncio, types

@types.coroutine
def yields(value):
    yield value

async def body(value):
    await yields(value)
    return 'unreached'

async def main():
    for value in (42, 'text'):
        t = asyncio.create_task(body(value))
        try:
            await t
        except RuntimeError as e:
            print('RuntimeError:', e)
    t = asyncio.create_task(body(None))
    print('bare yield is a plain step:', await t)

asyncio.run(main())
