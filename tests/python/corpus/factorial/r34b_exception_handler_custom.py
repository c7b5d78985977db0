# A custom loop exception handler reports the failed factorial task nobody awaited.
import asyncio
import gc


def handler(loop, context):
    exc = context.get("exception")
    print("HANDLER:", context["message"], "|", type(exc).__name__, exc)


async def factorial(n):
    await asyncio.sleep(0.01)
    if n < 0:
        raise ValueError(f"negative {n}")
    return n


async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    t = asyncio.create_task(factorial(-3))
    await asyncio.sleep(0.05)
    print("task done:", t.done())
    del t
    gc.collect()
    await asyncio.sleep(0.01)
    print("end of main")


asyncio.run(main())
