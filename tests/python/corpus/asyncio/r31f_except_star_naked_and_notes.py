# except* wraps a plain exception in an ExceptionGroup; notes and split/subgroup
import asyncio

async def check(n):
    await asyncio.sleep(0)
    if n % 2:
        e = ValueError(f"odd {n}")
        e.add_note(f"while checking item {n}")
        raise e
    return n

async def main():
    try:
        raise TypeError("plain one")
    except* TypeError as eg:
        print(type(eg).__name__, eg.message == "", repr(eg.exceptions))
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(4):
                tg.create_task(check(n))
    except ExceptionGroup as eg:
        print(eg.message, len(eg.exceptions))
        for e in eg.exceptions:
            print(" ", e, e.__notes__)
        match, rest = eg.split(lambda e: "1" in str(e))
        print(match.exceptions, rest.exceptions)
        print(eg.subgroup(KeyError))

asyncio.run(main())
