# reading the poll interval from a config dict of strings
import asyncio

config = {"interval": "0.01", "rounds": "2"}

async def main():
    for i in range(int(config["rounds"])):
        print("poll", i)
        await asyncio.sleep(config["interval"])

asyncio.run(main())
