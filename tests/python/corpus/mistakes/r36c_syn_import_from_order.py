# importing a function the other way round
import sleep from asyncio

async def main():
    await sleep(0.01)

print("ok")
