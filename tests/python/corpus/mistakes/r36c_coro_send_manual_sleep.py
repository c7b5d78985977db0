# driving a coroutine by hand with send(None) to see how await works
import asyncio

async def greet():
    print("start")
    await asyncio.sleep(0.5)
    print("end")

c = greet()
c.send(None)
