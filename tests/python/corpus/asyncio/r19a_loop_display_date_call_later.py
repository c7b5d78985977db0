# docs "Display the current date with call_later()" (a tick counter instead of the date)
import asyncio

def display_date(end_time, loop, n):
    t = loop.time() - start
    print(f"tick {n}: ~{n * 0.25}", n * 0.25 - 1e-6 <= t < n * 0.25 + 0.2)
    if (loop.time() + 0.25) < end_time:
        loop.call_later(0.25, display_date, end_time, loop, n + 1)
    else:
        loop.stop()

loop = asyncio.new_event_loop()
start = loop.time()

# Schedule the first call to display_date()
end_time = loop.time() + 1.0
loop.call_soon(display_date, end_time, loop, 0)

# Blocking call interrupted by loop.stop()
try:
    loop.run_forever()
finally:
    loop.close()
print("done")
