# Turning on debug mode by passing True positionally to asyncio.run
import asyncio

async def main():
    await asyncio.sleep(0.01)
    print("debug:", asyncio.get_running_loop().get_debug())

asyncio.run(main(), debug=False)
asyncio.run(main(), True)
