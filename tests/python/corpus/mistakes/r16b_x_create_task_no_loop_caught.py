# create_task outside a loop caught with try/except: the coroutine's warning comes as the handler ends
import asyncio

async def tick():
    print("tick")

try:
    asyncio.create_task(tick())
except RuntimeError as e:
    print("caught:", e)
    print("handler ends")
print("after the handler")
asyncio.run(tick())
