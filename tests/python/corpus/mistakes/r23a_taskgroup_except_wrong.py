import asyncio

async def parse(s):
    await asyncio.sleep(0)
    return int(s)

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(parse("1"))
            tg.create_task(parse("oops"))
    except ValueError as e:
        print("bad value:", e)

asyncio.run(main())
