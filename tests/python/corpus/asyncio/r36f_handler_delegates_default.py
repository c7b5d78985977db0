# A custom exception handler that counts errors and then delegates to the default handler.
import asyncio

errors = []

def handler(loop, context):
    errors.append(type(context.get("exception")).__name__)
    context = dict(context)
    context["message"] = "[counted] " + context["message"].split(" at ")[0]
    context.pop("handle", None)
    loop.default_exception_handler(context)

def flaky(n):
    if n % 2:
        raise ArithmeticError(f"odd input {n}")
    print("ok", n)

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    for n in range(4):
        loop.call_soon(flaky, n)
    await asyncio.sleep(0.01)
    print("errors:", errors)

asyncio.run(main())
