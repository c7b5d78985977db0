# A teacher's friendlier errors: sys.excepthook replaced, the program's
# uncaught exception (out of asyncio.run) handed to it; exit status 1.
import asyncio
import sys
import traceback


def friendly(exc_type, exc, tb):
    frames = traceback.extract_tb(tb)
    last = frames[-1]
    print(f"Oops! {exc_type.__name__} in {last.name}() at line {last.lineno}: {exc}", file=sys.stderr)
    print(f"  the line was: {last.line}", file=sys.stderr)
    print("hook saw", len(frames) > 0, sys.excepthook is friendly, sys.__excepthook__ is not friendly)


sys.excepthook = friendly


async def average(values):
    await asyncio.sleep(0.01)
    return sum(values) / len(values)


async def main():
    print(await average([1, 2, 3]))
    print(await average([]))


asyncio.run(main())
