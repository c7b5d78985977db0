import asyncio

async def main():
    words = ["Hello", "World"]
    shout = words[0].upper
    print(shout == "HELLO")
    print(len(words[1].lower))

asyncio.run(main())
