# asyncio debug mode shows where a never-awaited coroutine was created.
import asyncio

async def notify(user):
    await asyncio.sleep(0)

def schedule(user):
    notify(user)

async def main():
    schedule("kim")
    await asyncio.sleep(0.01)
    print("done")

asyncio.run(main(), debug=True)
