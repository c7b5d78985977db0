# call_exception_handler with a custom context, then restoring the default handler
import asyncio

seen = []

def handler(loop, ctx):
    seen.append(ctx["message"])
    loop.default_exception_handler(ctx)

async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_exception_handler({"message": "custom problem", "detail": 7})
    loop.set_exception_handler(None)
    loop.call_exception_handler({"message": "plain problem"})
    print(seen)

asyncio.run(main())
