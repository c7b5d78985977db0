# loop.call_exception_handler by hand, with the default handler and a custom one
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    loop.call_exception_handler({"message": "something odd happened", "detail": 42})
    def handler(loop, ctx):
        print("custom:", ctx["message"], ctx.get("detail"))
        loop.default_exception_handler(ctx)
    loop.set_exception_handler(handler)
    loop.call_exception_handler({"message": "again", "detail": [1, 2]})
    loop.set_exception_handler(None)
    print("handler:", loop.get_exception_handler())

asyncio.run(main())
