# Debugging who called a coroutine with traceback.print_stack.
import asyncio
import traceback

async def leaf():
    traceback.print_stack()
    return "leaf"

async def branch():
    return await leaf()

async def main():
    print(await branch())
    t = asyncio.create_task(leaf())
    print(await t)

asyncio.run(main())
