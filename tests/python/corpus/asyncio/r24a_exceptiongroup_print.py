import asyncio

async def check(n):
    await asyncio.sleep(0)
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in (1, -2, 3, -4):
                tg.create_task(check(n))
    except ExceptionGroup as eg:
        print("str:", str(eg))
        print("repr:", repr(eg))
        print("count:", len(eg.exceptions))
        sub = eg.subgroup(lambda e: "4" in str(e))
        print("subgroup:", repr(sub))
        raise eg.derive([ValueError("rewrapped")])

asyncio.run(main())
