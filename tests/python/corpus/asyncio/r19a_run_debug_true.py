# docs "Runners": asyncio.run(debug=True); loop debug flags and slow_callback_duration
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    print("debug:", loop.get_debug())
    print("slow_callback_duration:", loop.slow_callback_duration)
    loop.slow_callback_duration = 5
    print("now:", loop.slow_callback_duration)
    return "done"

print(asyncio.run(main(), debug=True))
print(asyncio.run(main()))
print(asyncio.run(main(), debug=False))
try:
    asyncio.run(lambda: None)
except ValueError as e:
    print("ValueError:", str(e).split(' at ')[0])
try:
    asyncio.run(main)
except ValueError as e:
    print("ValueError:", str(e).split(' at ')[0])
