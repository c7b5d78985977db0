import asyncio
import json

async def get_user(uid):
    await asyncio.sleep(0)
    return {"id": uid, "name": "Ada"}

async def main():
    user = get_user(7)
    print(json.dumps({"user": user}))

asyncio.run(main())
