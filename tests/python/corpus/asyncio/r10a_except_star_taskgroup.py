import asyncio

async def fail(exc, delay):
    await asyncio.sleep(delay)
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError('v1'), 0.01))
            tg.create_task(fail(TypeError('t1'), 0.01))
            tg.create_task(fail(ValueError('v2'), 0.01))
            tg.create_task(asyncio.sleep(1))
    except* ValueError as eg:
        print('values:', sorted(str(e) for e in eg.exceptions), repr(eg.message))
    except* TypeError as eg:
        print('types:', [str(e) for e in eg.exceptions])

asyncio.run(main())
