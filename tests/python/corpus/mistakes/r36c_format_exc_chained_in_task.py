# logging the full traceback text of a failure inside a task with format_exc
import asyncio, traceback

async def parse(raw):
    try:
        return int(raw)
    except ValueError as e:
        raise RuntimeError(f"cannot parse {raw!r}") from e

async def main():
    try:
        await asyncio.create_task(parse("4o"))
    except RuntimeError:
        text = traceback.format_exc()
        for line in text.splitlines():
            if "File" in line:
                line = line.split(", ", 1)[1]
            print("|", line)

asyncio.run(main())
