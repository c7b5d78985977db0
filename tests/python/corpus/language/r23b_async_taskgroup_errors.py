import asyncio

class ValidationError(Exception):
    pass

async def check(name, delay, ok=True):
    await asyncio.sleep(delay)
    if not ok:
        raise ValidationError(f"{name} is invalid")
    print(f"  {name} ok")
    return name

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            t1 = tg.create_task(check("a", 0.01))
            tg.create_task(check("b", 0.12, ok=False))
            tg.create_task(check("c", 0.3, ok=False))
            tg.create_task(check("d", 0.5))
    except* ValidationError as eg:
        print("caught group:", eg.message, [str(e) for e in eg.exceptions])
    print("t1 result:", t1.result())
    eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
    match_, rest = eg.split(ValueError)
    print(repr(match_), repr(rest))
    print(eg.subgroup(lambda e: isinstance(e, TypeError)))
    try:
        raise eg
    except* ValueError as g:
        print("values:", g.exceptions)
    except* TypeError as g:
        print("types:", g.exceptions)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(check("e", 0.01, ok=False))

asyncio.run(main())
