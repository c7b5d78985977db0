import asyncio

async def task(kind):
    await asyncio.sleep(0)
    if kind == "value":
        raise ValueError("bad value")
    if kind == "type":
        raise TypeError("bad type")
    if kind == "key":
        raise KeyError("missing")
    return kind

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for kind in ["value", "ok", "type", "key", "value"]:
                tg.create_task(task(kind))
    except* ValueError as eg:
        print("ValueErrors:", len(eg.exceptions), [str(e) for e in eg.exceptions])
    except* (TypeError, KeyError) as eg:
        print("others:", sorted(type(e).__name__ for e in eg.exceptions))
    print("done")

asyncio.run(main())
