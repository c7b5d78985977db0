# the same, in debug mode: the coroutine's creation traceback is shown
import asyncio

async def test():
    print("never scheduled")

async def helper():
    return test()

async def main():
    test()
    c = await helper()
    del c
    print("main done")

asyncio.run(main(), debug=True)
print("end of program")
