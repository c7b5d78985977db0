# A common mistake: calling a coroutine without await, then printing what came back
import asyncio

async def get_data():
    await asyncio.sleep(0.01)
    return {"status": "ok"}

async def main():
    data = get_data()
    print("type:", type(data).__name__)
    try:
        print(data["status"])
    except TypeError as e:
        print("TypeError:", e)
    print("done")

asyncio.run(main())
