# The first line of a pasted listing indented by two spaces.
  import asyncio

async def main():
    print('hi')

asyncio.run(main())
