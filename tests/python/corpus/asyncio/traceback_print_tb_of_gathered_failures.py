# Failures gathered with return_exceptions, their frames listed with
# traceback.extract_tb and printed with print_tb.
import asyncio
import traceback


async def fetch(n):
    await asyncio.sleep(0.01)
    if n == 2:
        raise ConnectionError(f"server {n} down")
    return n


async def main():
    results = await asyncio.gather(*(fetch(i) for i in range(4)), return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            print("failed:", r)
            for f in traceback.extract_tb(r.__traceback__):
                print("  at", f.name, f.lineno, f.line)
            traceback.print_tb(r.__traceback__)
        else:
            print("ok:", r)


asyncio.run(main())
