# A custom loop exception handler reports the factorial task whose error nobody retrieved.
import asyncio
import gc


def handler(loop, context):
    exc = context.get("exception")
    print("HANDLER:", context["message"], "|", type(exc).__name__, exc)


async def factorial(n):
    await asyncio.sleep(0.01)
    if n < 0:
        raise ValueError(f"bad input {n}")
    return 1 if n == 0 else n * await factorial(n - 1)


async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    t = asyncio.create_task(factorial(-5))
    await asyncio.sleep(0.05)
    print("task done:", t.done())
    del t
    gc.collect()
    print(await factorial(5))


asyncio.run(main())
