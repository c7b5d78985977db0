# Indexing the result of an async function without awaiting it.
import asyncio

async def get_user():
    await asyncio.sleep(0.01)
    return {"name": "ann"}

async def main():
    user = get_user()
    print(user["name"])

asyncio.run(main())
