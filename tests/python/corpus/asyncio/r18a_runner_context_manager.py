# asyncio.Runner (3.11): several run() calls on one loop, state kept between them
import asyncio

counter = 0

async def bump(n):
    global counter
    await asyncio.sleep(0.01)
    counter += n
    return counter

async def loop_id():
    return asyncio.get_running_loop()

with asyncio.Runner() as runner:
    print(runner.run(bump(1)))
    print(runner.run(bump(10)))
    l1 = runner.run(loop_id())
    l2 = runner.run(loop_id())
    print('same loop:', l1 is l2, runner.get_loop() is l1)
    try:
        runner.run(bump)
    except ValueError as e:
        print('ValueError:', str(e).split(' at ')[0])
print('closed after with:', l1.is_closed())
r = asyncio.Runner()
print(r.run(bump(100)))
r.close()
r.close()
try:
    r.run(bump(1))
except RuntimeError as e:
    print('RuntimeError:', e)
