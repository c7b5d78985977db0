# bare raise keeps the original traceback lines
def risky(n):
    return [1, 2, 3][n]

def wrapper(n):
    try:
        return risky(n)
    except IndexError:
        print("logging failure for", n)
        raise

print(wrapper(1))
wrapper(9)
