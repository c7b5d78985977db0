# the book's typesetting turned a minus into an en dash
import asyncio

async def countdown(n):
    while n > 0:
        print(n)
        await asyncio.sleep(0.01)
        n = n – 1
    print('liftoff')

asyncio.run(countdown(3))
