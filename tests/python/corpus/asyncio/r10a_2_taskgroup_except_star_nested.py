import asyncio

async def fail(kind, msg, delay=0.01):
    await asyncio.sleep(delay)
    raise kind(msg)

async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail(KeyError, 'inner key', 0))
        tg.create_task(fail(ValueError, 'inner value', 0))

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner_group())
            tg.create_task(fail(TypeError, 'outer type', 0.2))
    except* KeyError as eg:
        print('KeyError group:', eg.exceptions[0].exceptions if isinstance(eg.exceptions[0], BaseExceptionGroup) else eg.exceptions)
        print(eg)
    except* (ValueError, TypeError) as eg:
        print('others:', repr(eg))

asyncio.run(main())
