# Adding context to an error with add_note() in a task before re-raising; the notes show in the traceback
import asyncio

async def parse_record(i, text):
    try:
        return int(text)
    except ValueError as e:
        e.add_note(f"while parsing record {i}")
        raise

async def load(records):
    out = []
    for i, r in enumerate(records):
        try:
            out.append(await parse_record(i, r))
        except ValueError as e:
            e.add_note(f"file: batch.csv, {len(out)} records loaded before")
            raise
    return out

async def main():
    print(await load(["1", "2"]))
    task = asyncio.create_task(load(["3", "4x", "5"]))
    await task

asyncio.run(main())
