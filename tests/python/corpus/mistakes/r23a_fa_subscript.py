import asyncio

async def load_config():
    await asyncio.sleep(0)
    return {"host": "localhost", "port": 8080}

async def main():
    config = load_config()
    print("connecting to", config["host"])

asyncio.run(main())
