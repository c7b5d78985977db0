# printing the result of a coroutine inside an f-string in a normal function
import asyncio

async def price(item):
    await asyncio.sleep(0.01)
    return len(item) * 1.5

def show(item):
    print(f"{item}: {await price(item):.2f}")

show("apple")
