# Testing async code with unittest.mock.AsyncMock as a tutorial shows
import asyncio
from unittest.mock import AsyncMock

async def get_user_name(client, uid):
    data = await client.fetch(f"/users/{uid}")
    return data["name"].title()

async def main():
    client = AsyncMock()
    client.fetch.return_value = {"name": "ada lovelace"}
    print(await get_user_name(client, 7))
    client.fetch.assert_awaited_once_with("/users/7")
    print(client.fetch.await_count)

asyncio.run(main())
