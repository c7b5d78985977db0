# test_runners: RunnerTests.test_non_debug / test_run / get_loop / close
import asyncio

async def coro(v):
    await asyncio.sleep(0.01)
    return v

with asyncio.Runner() as runner:
    print(runner.run(coro(1)))
    loop = runner.get_loop()
    print(runner.run(coro(2)), runner.get_loop() is loop)
    print(loop.get_debug(), loop.is_closed())
print(loop.is_closed())
try:
    runner.run(coro(3))
except RuntimeError as e:
    print("RuntimeError:", e)
runner.close()
print("second close is fine")
