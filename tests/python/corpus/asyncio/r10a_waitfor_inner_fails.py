import asyncio

async def fails():
    await asyncio.sleep(0.01)
    raise ZeroDivisionError('division by zero in fails')

async def main():
    try:
        await asyncio.wait_for(fails(), 1)
    except ZeroDivisionError as e:
        print('got', repr(e))
    t = asyncio.create_task(fails())
    try:
        await asyncio.wait_for(t, 1)
    except ZeroDivisionError:
        print('task done:', t.done(), 'exception:', repr(t.exception()))

asyncio.run(main())
