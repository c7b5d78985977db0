# docs: all logging goes through the "asyncio" logger; its level can be raised
import asyncio
import logging

logging.basicConfig(format='%(name)s|%(levelname)s|%(message)s')

def boom():
    raise RuntimeError("callback failed")

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(boom)
    await asyncio.sleep(0.1)
    print("-- raising the asyncio logger to CRITICAL")
    logging.getLogger("asyncio").setLevel(logging.CRITICAL)
    loop.call_soon(boom)
    await asyncio.sleep(0.1)
    print("-- back to WARNING")
    logging.getLogger("asyncio").setLevel(logging.WARNING)
    loop.call_exception_handler({'message': 'hand-made report'})
    await asyncio.sleep(0)
    print("end")

asyncio.run(main())
