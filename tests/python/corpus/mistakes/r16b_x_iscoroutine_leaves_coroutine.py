# iscoroutine(main()) leaves a coroutine never awaited
import asyncio
async def main():
    print(asyncio.iscoroutinefunction(main), asyncio.iscoroutine(main()))
asyncio.run(main())
