import asyncio
import sys
import traceback


def recurse(n):
    return recurse(n + 1) if n < 8 else {}["missing"]


def clean(text):
    return text.replace(__file__, "prog.py")


def show(exc):
    summary = traceback.extract_tb(exc.__traceback__)
    print(type(summary).__name__, len(summary), [fs.name for fs in summary])
    last = summary[-1]
    print(clean(repr(last)), last.line, last.lineno, tuple(last) == last)
    print(clean("".join(traceback.format_tb(exc.__traceback__, limit=-2))), end="")


async def fetch(url):
    await asyncio.sleep(0)
    parts = url.split("://")
    return parts[1].upper()


async def main():
    results = await asyncio.gather(fetch("https://a.org"), fetch("no-scheme"), return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            show(r)
    try:
        recurse(0)
    except KeyError as e:
        print(clean("".join(traceback.format_tb(e.__traceback__))), end="")
        traceback.print_tb(e.__traceback__, limit=1)
    try:
        exec("x = 1\ny = x / 0")
    except ZeroDivisionError as e:
        print(traceback.extract_tb(e.__traceback__)[-1][:])
    print(traceback.format_list([("app.py", 3, "main", "run()  "), ("lib.py", 9, "run", None)]))
    try:
        traceback.extract_tb(ValueError("not a traceback"))
    except AttributeError as e:
        print("AttributeError:", e)
    traceback.print_tb(None)


asyncio.run(main())
