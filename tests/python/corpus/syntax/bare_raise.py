# A bare raise re-raises the exception being handled, traceback and all.
def risky(n):
    if n > 2:
        raise RuntimeError(f'n too big: {n}')
    return n

def wrapper(n):
    try:
        return risky(n)
    except RuntimeError as e:
        print('logging:', e)
        raise

print(wrapper(1))
try:
    wrapper(5)
except RuntimeError as e:
    print('caught again:', e.args)

wrapper(3)
