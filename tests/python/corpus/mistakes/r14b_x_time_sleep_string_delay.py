# Mistake: a delay read as text passed to time.sleep (CPython: "cannot be interpreted as an integer").
import time

delay = input('Delay in seconds: ')
print()
print('sleeping for', delay)
time.sleep(delay)
print('awake')
