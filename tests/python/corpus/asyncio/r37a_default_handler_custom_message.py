# Calling the loop's default exception handler directly with a message, extra keys and an exception
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.default_exception_handler({"message": "just a message"})
    try:
        {}["nope"]
    except KeyError as e:
        loop.default_exception_handler({
            "message": "lookup trouble",
            "exception": e,
            "user": "ada",
            "attempt": 3,
        })
    loop.call_exception_handler({"message": "no exception here", "items": [1, 2]})
    print("still running")


asyncio.run(main())
