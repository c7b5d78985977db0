# Mistake: an emoji written as JavaScript's UTF-16 surrogate pair ("\ud83d\ude00"): two lone surrogates that stdout cannot encode.
import asyncio

async def react(name, emoji):
    await asyncio.sleep(0.01)
    return f"{name} reacted {emoji}"

async def main():
    print(await react("ada", "\U0001F600"))
    print(len("\ud83d\ude00"), "\ud83d\ude00" == "\U0001F600")
    print(await react("bob", "\ud83d\ude00"))

asyncio.run(main())
