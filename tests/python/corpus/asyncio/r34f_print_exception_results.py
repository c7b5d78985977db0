# Print full tracebacks of the exceptions gather() returned (traceback.print_exception in 3.11).
import asyncio
import traceback

async def divide(a, b):
    await asyncio.sleep(0)
    return a / b

async def lookup(d, k):
    await asyncio.sleep(0)
    return d[k]

async def main():
    results = await asyncio.gather(divide(1, 0), lookup({}, "k"), divide(6, 3), return_exceptions=True)
    for r in results:
        if isinstance(r, BaseException):
            print(f"--- {type(r).__name__} ---", flush=True)
            traceback.print_exception(r)
        else:
            print("value:", r)
    print("".join(traceback.format_exception_only(results[1])).strip())

asyncio.run(main())
