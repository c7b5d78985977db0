# yield in the if __name__ block, meaning print.
def countdown(n):
    while n > 0:
        yield n
        n -= 1

if __name__ == "__main__":
    for k in countdown(3):
        yield k
