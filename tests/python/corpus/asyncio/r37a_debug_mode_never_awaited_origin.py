# In debug mode a never-awaited coroutine's warning also says where it was created
import asyncio
import gc


async def helper():
    return 1


def forget():
    helper()


async def main():
    print("debug:", asyncio.get_running_loop().get_debug())
    forget()
    gc.collect()
    print("after forget")


asyncio.run(main(), debug=True)
