# Two *args in one def.
def log(*args, *more):
    print(args, more)

log(1, 2)
