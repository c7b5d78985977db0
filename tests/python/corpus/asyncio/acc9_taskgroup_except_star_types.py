# Children raising three kinds of errors; except* clauses take them apart by type.
import asyncio

async def fail(exc, delay):
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError('v1'), 0.01))
            tg.create_task(fail(TypeError('t'), 0.01))
            tg.create_task(fail(KeyError('k'), 0.01))
            tg.create_task(fail(ValueError('v2'), 0.01))
    except* ValueError as eg:
        print('ValueErrors:', [str(e) for e in eg.exceptions], type(eg).__name__, str(eg))
    except* (TypeError, KeyError) as eg:
        print('others:', [repr(e) for e in eg.exceptions], str(eg))

asyncio.run(main())
