# A program saved with Windows line endings (CRLF) that fails with a NameError
import asyncio

async def main():
    print("start")
    await asyncio.sleep(0.01)
    print(reslt)

asyncio.run(main())
