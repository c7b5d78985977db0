import asyncio

async def fail(exc, d):
    await asyncio.sleep(d)
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("v1"), 0.01))
            tg.create_task(fail(KeyError("k1"), 0.01))
            tg.create_task(fail(ValueError("v2"), 0.01))
    except* ValueError as eg:
        print("values:", [str(e) for e in eg.exceptions])
        print(repr(eg))
    except* KeyError as eg:
        print("keys:", [repr(e) for e in eg.exceptions])
    print("handled everything")

asyncio.run(main())
