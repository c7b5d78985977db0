# TaskGroup: a failing child cancels the others; ExceptionGroup handled with except*
import asyncio

async def child(name, delay, exc=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise
    if exc:
        raise exc
    print(f"{name} done")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child('a', 0.1))
            tg.create_task(child('b', 0.2, ValueError('b failed')))
            tg.create_task(child('c', 0.5))
            tg.create_task(child('d', 0.2, TypeError('d failed')))
    except* ValueError as eg:
        print("ValueErrors:", [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("TypeErrors:", [str(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child('e', 0.1, KeyError('e')))
    except ExceptionGroup as eg:
        print(type(eg).__name__, "|", eg.message, "|", eg.exceptions)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child('f', 0.3))
            raise RuntimeError("body failed")
    except* RuntimeError as eg:
        print("body:", eg.exceptions)

asyncio.run(main())
