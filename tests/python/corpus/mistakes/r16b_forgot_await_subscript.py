# A forgotten await before subscripting the result: 'coroutine' object is not subscriptable
import asyncio

async def fetch_config():
    await asyncio.sleep(0.01)
    return {"host": "localhost", "port": 8080}

async def main():
    config = fetch_config()
    print("connecting to", config["host"])

asyncio.run(main())
