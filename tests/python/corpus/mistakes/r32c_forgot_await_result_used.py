# Forgot await and then used the coroutine like the number it returns.
import asyncio

async def get_price(item):
    await asyncio.sleep(0.01)
    return {"apple": 3}.get(item, 0)

async def main():
    price = get_price("apple")
    print("total:", price * 2)

asyncio.run(main())
