def check(n):
    if n > 0:
        print("positive")
        else:
        print("not positive")

check(3)
