# Mistake: a decorator factory used without its parentheses (@retry instead of @retry(3)).
import functools

def retry(times):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args):
            for attempt in range(times):
                try:
                    return func(*args)
                except ValueError:
                    print("attempt", attempt + 1, "failed")
            raise RuntimeError("gave up")
        return wrapper
    return decorate

@retry
def parse(text):
    return int(text)

print(parse("42") + 1)
