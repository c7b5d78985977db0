# except*: each clause takes its part of an ExceptionGroup; what no clause matches propagates.
import asyncio

async def fail(exc, delay):
    await asyncio.sleep(delay)
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError('v1'), 0.1))
            tg.create_task(fail(KeyError('k'), 0.2))  # 0.1 s apart: v1 fails alone
            tg.create_task(fail(ValueError('v2'), 0.3))
    except* ValueError as eg:
        print('ValueErrors:', [str(e) for e in eg.exceptions], '| message:', eg.message)
    except* KeyError as eg:
        print('KeyErrors:', [repr(e) for e in eg.exceptions])
    try:
        try:
            raise ExceptionGroup('mixed', [TypeError('t'), OSError('o')])
        except* TypeError:
            print('handled the TypeError')
    except ExceptionGroup as rest:
        print('left over:', repr(rest))
    try:
        raise ValueError('naked')
    except* ValueError as eg:
        print('a naked exception comes wrapped:', repr(eg))
    eg = ExceptionGroup('outer', [ValueError(1), ExceptionGroup('inner', [TypeError(2), ValueError(3)])])
    match, rest = eg.split(ValueError)
    print(repr(match))
    print(repr(rest))
    print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))))

asyncio.run(main())
