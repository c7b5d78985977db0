# asyncio.Runner (3.11): several runs on one loop, the loop as
# get_event_loop() sees it, Task-N counted as CPython counts them (close()
# runs two tasks of its own), and its errors.
import asyncio


async def main(x):
    await asyncio.sleep(0.01)
    print(x, asyncio.current_task().get_name())
    return x * 2


with asyncio.Runner() as runner:
    print(runner.run(main(1)))
    print(runner.run(main(2)))
    loop = runner.get_loop()
    print(loop, asyncio.get_event_loop() is loop)
print(loop)

asyncio.run(main(3))

r = asyncio.Runner()
print(r.run(main(4)))
r.close()
r.close()
try:
    r.run(main(5))
except RuntimeError as e:
    print('RuntimeError', e)
try:
    r.get_loop()
except RuntimeError as e:
    print('RuntimeError', e)

try:
    asyncio.Runner().run(5)
except ValueError as e:
    print('ValueError', e)

r = asyncio.Runner(loop_factory=asyncio.new_event_loop)
print(r.run(main(7)), r.get_loop().is_closed())
r.close()
print(r.get_loop.__name__, type(r).__name__)


async def fails():
    await asyncio.sleep(0)
    raise KeyError('boom')

with asyncio.Runner() as runner:
    try:
        runner.run(fails())
    except KeyError as e:
        print('KeyError', e)
    print(runner.run(main(8)))

with asyncio.Runner() as runner:
    runner.run(fails())
