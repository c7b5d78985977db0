# An error in an except block: "During handling of the above exception".
def factorial(n):
    try:
        if n < 0:
            raise ValueError("negative")
        return 1
    except ValueError:
        print("handling", n)
        return undefined_name

factorial(2)
factorial(-1)
