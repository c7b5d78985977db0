# set_exception_handler catches a failing callback; the context keys are printed
import asyncio

def handler(loop, context):
    print("handler:", context["message"].split(" at ")[0])
    print("exception:", repr(context.get("exception")))
    print("keys:", sorted(context))

def bad_callback():
    raise ValueError("boom in callback")

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(bad_callback)
    await asyncio.sleep(0.05)
    print("handler is set:", loop.get_exception_handler() is handler)

asyncio.run(main())
