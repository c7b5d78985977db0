# asyncio.sleep without await inside a loop does not pause.
import asyncio

async def ticker():
    for i in range(3):
        asyncio.sleep(0.05)
        print("tick", i)

asyncio.run(ticker())
print("end")
