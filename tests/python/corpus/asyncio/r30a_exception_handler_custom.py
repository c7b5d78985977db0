# A custom loop exception handler receives the context of a failing callback
import asyncio

def handler(loop, context):
    print("handler keys:", sorted(context))
    print("message:", context["message"].split(" at ")[0])
    print("exception:", repr(context.get("exception")))

def bad_callback(x):
    raise ArithmeticError(f"bad {x}")

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(bad_callback, 7)
    await asyncio.sleep(0.01)
    loop.call_exception_handler({"message": "hand-made", "extra": 1})
    loop.set_exception_handler(None)
    print("after reset:", loop.get_exception_handler())

asyncio.run(main())
