# Two coroutines forgotten at two different places: each warning has its own tracemalloc hint
import asyncio
import gc


async def notify(user):
    print("notify", user)


async def main():
    notify("ann")
    print("between")
    notify("bob")
    gc.collect()
    print("end of main")


asyncio.run(main())
