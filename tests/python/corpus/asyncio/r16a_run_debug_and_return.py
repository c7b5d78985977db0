# asyncio.run(debug=True) turns on the loop's debug mode; the return value comes back
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    print('debug', loop.get_debug())
    return {'answer': 42}

print(asyncio.run(main(), debug=True))
print(asyncio.run(main(), debug=False))
