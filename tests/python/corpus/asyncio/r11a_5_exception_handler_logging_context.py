import asyncio
import logging

logging.basicConfig(format="%(levelname)s %(name)s: %(message)s")


async def fails():
    raise ConnectionResetError("peer went away")


async def main():
    loop = asyncio.get_running_loop()

    def handler(loop, context):
        exc = context.get("exception")
        logging.getLogger("app").error("unhandled: %s (%s)", context["message"], type(exc).__name__)

    loop.set_exception_handler(handler)
    t = asyncio.create_task(fails())
    await asyncio.sleep(0.01)
    del t
    await asyncio.sleep(0.01)
    loop.set_exception_handler(None)
    t = asyncio.create_task(fails())
    await asyncio.sleep(0.01)
    del t
    print("end of main")


asyncio.run(main())
