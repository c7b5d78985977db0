# A custom loop exception handler reports the factorial task nobody awaited.
import asyncio
import gc


def handler(loop, context):
    exc = context.get("exception")
    print("handler:", context["message"], "->", type(exc).__name__, exc)


async def factorial(n):
    await asyncio.sleep(0.01)
    if n < 0:
        raise ValueError(f"{n} < 0")
    return 1 if n < 2 else n * await factorial(n - 1)


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    t = asyncio.create_task(factorial(-4))
    print(await factorial(4))
    await asyncio.sleep(0.05)
    del t
    gc.collect()
    loop.call_exception_handler({"message": "custom report", "exception": RuntimeError("x")})
    print("end of main")


asyncio.run(main())
