# passing a keyword to run_in_executor like to a normal call
import asyncio

def resize(image, width=100):
    return f"{image}@{width}"

async def main():
    loop = asyncio.get_running_loop()
    out = await loop.run_in_executor(None, resize, "cat.png", width=50)
    print(out)

asyncio.run(main())
