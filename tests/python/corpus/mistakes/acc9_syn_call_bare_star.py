# A bare * as a call's argument.
import asyncio

def f(*args):
    return args

print(f(*))
