# loop.get_debug()/set_debug() and asyncio.run(debug=...)
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    print('debug', loop.get_debug())
    loop.set_debug(False)
    print('debug now', loop.get_debug())
    return 'ok'

print(asyncio.run(main()))
print(asyncio.run(main(), debug=False))
print(asyncio.run(main(), debug=True))
with asyncio.Runner(debug=True) as runner:
    print(runner.get_loop().get_debug(), runner.run(main()))
with asyncio.Runner() as runner:
    print(runner.get_loop().get_debug())
