import asyncio

def handler(loop, context):
    items = sorted((k, repr(v)) for k, v in context.items() if k != "loop")
    print("custom:", items)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_exception_handler({"message": "default handler at work"})
    loop.set_exception_handler(handler)
    loop.call_exception_handler({"message": "hello", "extra": 1})
    loop.call_exception_handler({"message": "with exc", "exception": OSError(2, "nope")})
    loop.set_exception_handler(None)
    loop.call_exception_handler({"message": "back to default", "exception": ValueError("v")})
    print("done")

asyncio.run(main())
