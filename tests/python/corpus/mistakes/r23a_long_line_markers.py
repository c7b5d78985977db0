import asyncio

async def get_settings():
    await asyncio.sleep(0)
    return {"database": {"primary": {"host": "db1", "port": 5432}}, "cache": None}

async def main():
    settings = await get_settings()
    connection_string = f"{settings['database']['primary']['host']}:{settings['database']['primary']['port']}/" + settings["cache"]["name"]
    print(connection_string)

asyncio.run(main())
