# Calling loop.default_exception_handler by hand with different contexts
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    loop.default_exception_handler({"message": "plain message"})
    try:
        {}["key"]
    except KeyError as e:
        loop.default_exception_handler({"message": "with exception", "exception": e,
                                        "detail": [1, 2, 3], "who": "me"})
    loop.default_exception_handler({})
    print("stdout line")

asyncio.run(main())
