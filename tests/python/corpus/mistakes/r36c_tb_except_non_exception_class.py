# catching my own error class that I forgot to derive from Exception
class RetryLater:
    pass

def fetch(n):
    if n > 2:
        raise ValueError("too many")
    return n

for n in range(4):
    try:
        print(fetch(n))
    except RetryLater:
        print("retry")
