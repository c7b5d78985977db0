# importing asyncio with a capital letter as in a blog title
import Asyncio

async def main():
    print("hi")

Asyncio.run(main())
