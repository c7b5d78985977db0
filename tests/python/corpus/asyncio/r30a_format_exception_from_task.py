# traceback.format_exception on errors gathered from several tasks
import asyncio
import traceback

async def divide(a, b):
    await asyncio.sleep(0)
    return a / b

async def main():
    res = await asyncio.gather(divide(1, 0), divide(4, 2), divide(3, "x"), return_exceptions=True)
    for r in res:
        if isinstance(r, BaseException):
            lines = traceback.format_exception(r)
            print("".join(lines).replace(__file__, "FILE"), end="")
            print("-" * 20)
        else:
            print("value", r)
    print(traceback.format_exception_only(res[2])[-1], end="")

asyncio.run(main())
