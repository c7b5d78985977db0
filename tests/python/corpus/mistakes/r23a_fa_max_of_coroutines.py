import asyncio

async def temperature(city):
    await asyncio.sleep(0)
    return {"Oslo": 3, "Rome": 18}[city]

async def main():
    hottest = max(temperature("Oslo"), temperature("Rome"))
    print("hottest:", hottest)

asyncio.run(main())
