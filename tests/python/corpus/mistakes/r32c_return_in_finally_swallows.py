# return in finally silently swallows the exception from the try.
def risky(n):
    try:
        return 10 / n
    finally:
        print("cleanup for", n)
        return -1

print(risky(2))
print(risky(0))
