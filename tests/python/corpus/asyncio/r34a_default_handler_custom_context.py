# loop.call_exception_handler with no custom handler: how the default handler logs extra keys
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.call_exception_handler({"message": "just a message"})
    loop.call_exception_handler({
        "message": "with extras",
        "job": "nightly-sync",
        "attempt": 3,
    })
    try:
        1 / 0
    except ZeroDivisionError as e:
        loop.call_exception_handler({"message": "with exception", "exception": e})
    print("stdout after handlers")


asyncio.run(main())
