# a repeat decorator that takes a count, used without the parentheses
def repeat(times=2):
    def decorator(func):
        def wrapper(*args):
            for _ in range(times):
                func(*args)
        return wrapper
    return decorator

@repeat(3)
def hello(name):
    print("hello", name)

@repeat
def bye(name):
    print("bye", name)

hello("ann")
bye("bob")
