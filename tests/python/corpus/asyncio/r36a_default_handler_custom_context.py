# Calling call_exception_handler by hand with a message and extra keys goes to the default handler
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.call_exception_handler({"message": "plain message only"})
    loop.call_exception_handler({"message": "with extras", "job": 42, "who": "worker-1"})
    try:
        1 / 0
    except ZeroDivisionError as e:
        loop.call_exception_handler({"message": "with exception", "exception": e})
    print("main carries on")


asyncio.run(main())
