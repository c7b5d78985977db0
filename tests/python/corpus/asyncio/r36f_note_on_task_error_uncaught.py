# A worker adds a note to its exception; the uncaught traceback through gather shows the note.
import asyncio

async def parse(line_no, text):
    await asyncio.sleep(0.01 * line_no)
    try:
        return int(text)
    except ValueError as e:
        e.add_note(f"while parsing line {line_no}: {text!r}")
        raise

async def main():
    values = await asyncio.gather(*(parse(i, t) for i, t in enumerate(["1", "2", "three", "4"], 1)))
    print(values)

asyncio.run(main())
