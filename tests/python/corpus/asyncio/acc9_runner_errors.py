# asyncio.Runner's errors: a non-coroutine, run() from inside a running loop, use after close.
import asyncio

async def nested(runner):
    try:
        runner.run(asyncio.sleep(0))
    except RuntimeError as e:
        print('RuntimeError:', e)

async def hello():
    return 'hello'

runner = asyncio.Runner()
loop = runner.get_loop()
print('same loop:', runner.get_loop() is loop, 'closed:', loop.is_closed())
try:
    runner.run(42)
except ValueError as e:
    print('ValueError:', e)
runner.run(nested(runner))
print(runner.run(hello()))
runner.close()
print('closed:', loop.is_closed())
try:
    runner.get_loop()
except RuntimeError as e:
    print('RuntimeError:', e)
r2 = asyncio.Runner(debug=True)
print(r2.run(hello()), r2.get_loop().get_debug())
r2.close()
