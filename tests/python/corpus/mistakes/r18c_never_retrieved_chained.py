import asyncio


class ParseError(Exception):
    pass


async def parse(line):
    await asyncio.sleep(0)
    try:
        key, value = line.split("=")
    except ValueError as exc:
        raise ParseError(f"bad line {line!r}") from exc
    return key, value


async def main():
    tasks = [asyncio.create_task(parse(l)) for l in ["a=1", "b", "c=3"]]
    first = await tasks[0]
    last = await tasks[-1]
    print(first, last)
    tasks.clear()
    print("done")


asyncio.run(main())
