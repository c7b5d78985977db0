# In debug mode a never-awaited coroutine's warning also says where the coroutine was created
import asyncio


async def save(item):
    await asyncio.sleep(0)
    print("saved", item)


def schedule(item):
    save(item)


async def main():
    print("debug:", asyncio.get_running_loop().get_debug())
    schedule("x")
    await save("y")


asyncio.run(main(), debug=True)
