# Autograder guards the student's run with signal.alarm and cancels it afterwards.
import asyncio, signal

class TooSlow(Exception):
    pass

def on_alarm(signum, frame):
    raise TooSlow('student took too long')

async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.05)
        r *= i
    return r

old = signal.signal(signal.SIGALRM, on_alarm)
signal.alarm(5)
try:
    print(asyncio.run(factorial(6)))
finally:
    left = signal.alarm(0)
    signal.signal(signal.SIGALRM, old)
print('alarm cancelled with time left:', left > 0)
print(old == signal.SIG_DFL, signal.Signals.SIGALRM.name)
