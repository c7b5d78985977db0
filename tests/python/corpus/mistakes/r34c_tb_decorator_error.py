# A decorator factory I applied without calling it
import functools

def retry(times):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args):
            for _ in range(times - 1):
                try:
                    return func(*args)
                except ValueError:
                    pass
            return func(*args)
        return wrapper
    return decorate

@retry
def parse(text):
    return int(text)

result = parse("42")
print(result + 1)
