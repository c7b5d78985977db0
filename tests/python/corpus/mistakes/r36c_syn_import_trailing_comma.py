# importing several names, with a comma left at the end
from asyncio import sleep, gather,

async def main():
    await gather(sleep(0.01), sleep(0.01))

print("ok")
