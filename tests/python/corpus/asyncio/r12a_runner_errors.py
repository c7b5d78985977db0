# test_runners: test_run_non_coro / test_run_future / test_double_close
import asyncio

async def coro():
    return 1

r = asyncio.Runner()
try:
    r.run(123)
except ValueError as e:
    print("ValueError:", e)
loop = r.get_loop()
fut = loop.create_future()
try:
    r.run(fut)
except ValueError as e:
    print("ValueError:", e)
print(r.run(coro()))
r.close()
r.close()
try:
    r.get_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    with r:
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
