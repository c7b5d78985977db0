# traceback.print_stack inside a coroutine, to see how the call got there.
import asyncio
import sys
import traceback

async def handler():
    traceback.print_stack()
    await asyncio.sleep(0)

async def main():
    print("main starts", file=sys.stdout)
    await handler()
    await asyncio.create_task(handler())

asyncio.run(main())
